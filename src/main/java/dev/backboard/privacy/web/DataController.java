package dev.backboard.privacy.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import dev.backboard.accounts.Accounts;
import dev.backboard.accounts.SignedInUser;
import dev.backboard.accounts.UserAccount;
import dev.backboard.core.NotFound;
import dev.backboard.core.privacy.ErasureRefused;
import dev.backboard.privacy.AccountErasure;
import dev.backboard.privacy.DataExport;
import dev.backboard.privacy.NotConfirmed;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Your data": download everything Backboard keeps about you, or delete your account.
 */
@Controller
class DataController {

	private static final String PAGE = "privacy/data";

	private final Accounts accounts;

	private final DataExport export;

	private final AccountErasure erasure;

	DataController(Accounts accounts, DataExport export, AccountErasure erasure) {
		this.accounts = accounts;
		this.export = export;
		this.erasure = erasure;
	}

	@GetMapping("/account/data")
	String page(@AuthenticationPrincipal SignedInUser user, Map<String, Object> model) {
		return page(user, model, "export", Map.of(), null);
	}

	/** Streams the archive, or shows the page again with what is wrong. */
	@PostMapping("/account/data/export")
	@Nullable String download(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String email, HttpServletResponse response, Map<String, Object> model)
			throws IOException {
		DataExport.Archive archive;
		try {
			archive = export.prepare(user.accountId(), password, email);
		}
		catch (NotConfirmed ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(user, model, "export", ex.errors(), null);
		}
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("backboard-export.zip").build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		archive.writeTo(response.getOutputStream());
		response.flushBuffer();
		return null;
	}

	@PostMapping("/account/data/delete")
	String delete(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "false") boolean confirm,
			HttpServletRequest request, HttpServletResponse response, Map<String, Object> model)
			throws ServletException {
		try {
			erasure.erase(user.accountId(), password, email, confirm);
		}
		catch (NotConfirmed ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(user, model, "delete", ex.errors(), null);
		}
		catch (ErasureRefused ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return page(user, model, "delete", Map.of(), ex.getMessage());
		}
		// Every other session ended with the commit; this one ends here.
		request.logout();
		if (request.getSession(false) != null) {
			request.getSession(false).invalidate();
		}
		SecurityContextHolder.clearContext();
		return "privacy/goodbye";
	}

	private String page(SignedInUser user, Map<String, Object> model, String form, Map<String, String> errors,
			@Nullable String refusal) {
		UserAccount account = accounts.findById(user.accountId()).orElseThrow(() -> new NotFound("account"));
		model.put("account", account);
		model.put("exportErrors", form.equals("export") ? errors : Map.of());
		model.put("deleteErrors", form.equals("delete") ? errors : Map.of());
		model.put("refusal", refusal);
		return PAGE;
	}

}
