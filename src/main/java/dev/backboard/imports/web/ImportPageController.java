package dev.backboard.imports.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import dev.backboard.accounts.SignedInUser;
import dev.backboard.companies.CompanyMembers;
import dev.backboard.companies.Membership;
import dev.backboard.core.ratelimit.RateLimits;
import dev.backboard.imports.EditPolicy;
import dev.backboard.imports.ImportSource;
import dev.backboard.imports.ImportSources;
import dev.backboard.imports.ImportsProperties;
import dev.backboard.imports.InvalidSource;
import dev.backboard.imports.SourceInput;
import dev.backboard.imports.Vendor;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The company dashboard's imports: owners connect a Greenhouse, Lever or Ashby board or
 * an XML feed, choose how candidates apply and what happens to edits, start a sync, and
 * read each source's sync history and the jobs it brought in. Recruiters get the 403
 * page.
 */
@Controller
class ImportPageController {

	private final ImportSources sources;

	private final CompanyMembers members;

	private final RateLimits limits;

	private final ImportsProperties properties;

	ImportPageController(ImportSources sources, CompanyMembers members, RateLimits limits,
			ImportsProperties properties) {
		this.sources = sources;
		this.members = members;
		this.limits = limits;
		this.properties = properties;
	}

	@GetMapping("/employer/imports")
	String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) @Nullable String deleted,
			Map<String, Object> model) {
		return listPage(owner(user), model, Map.of(), Map.of(), deleted != null ? "The source is removed." : null);
	}

	@PostMapping("/employer/imports")
	String create(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String vendor,
			@RequestParam(defaultValue = "") String reference, @RequestParam(defaultValue = "URL") String applyMethod,
			@RequestParam(defaultValue = "REFUSE") String editPolicy,
			@RequestParam(required = false) @Nullable String intervalMinutes, Map<String, Object> model,
			HttpServletResponse response) {
		Membership owner = owner(user);
		Map<String, String> values = Map.of("vendor", vendor, "reference", reference, "applyMethod", applyMethod,
				"editPolicy", editPolicy, "intervalMinutes", intervalMinutes == null ? "" : intervalMinutes);
		try {
			ImportSource source = sources.create(owner.companyId(),
					input(vendor, reference, applyMethod, editPolicy, intervalMinutes));
			return "redirect:/employer/imports/" + source.id() + "?notice=created";
		}
		catch (InvalidSource ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return listPage(owner, model, values, ex.fieldErrors(), null);
		}
	}

	@GetMapping("/employer/imports/{id}")
	String source(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@RequestParam(required = false) @Nullable String notice, Map<String, Object> model) {
		return sourcePage(owner(user), id, model, Map.of(), notice == null ? null : notices(notice));
	}

	@PostMapping("/employer/imports/{id}")
	String update(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@RequestParam(defaultValue = "URL") String applyMethod,
			@RequestParam(defaultValue = "REFUSE") String editPolicy,
			@RequestParam(required = false) @Nullable String intervalMinutes, Map<String, Object> model,
			HttpServletResponse response) {
		Membership owner = owner(user);
		ImportSource source = sources.get(owner.companyId(), id);
		try {
			sources.update(owner.companyId(), id,
					input(source.vendor().name(), source.reference(), applyMethod, editPolicy, intervalMinutes));
			return "redirect:/employer/imports/" + id + "?notice=saved";
		}
		catch (InvalidSource ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return sourcePage(owner, id, model, ex.fieldErrors(), null);
		}
	}

	@PostMapping("/employer/imports/{id}/sync")
	String sync(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
		Membership owner = owner(user);
		sources.get(owner.companyId(), id);
		limits.consume("import-syncs", Long.toString(owner.companyId()));
		sources.syncSoon(owner.companyId(), id);
		return "redirect:/employer/imports/" + id + "?notice=sync";
	}

	@PostMapping("/employer/imports/{id}/delete")
	String delete(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
		sources.delete(owner(user).companyId(), id);
		return "redirect:/employer/imports?deleted";
	}

	private Membership owner(SignedInUser user) {
		return members.member(user.accountId()).requireOwner();
	}

	/** A number the form could not read is passed on as one the rules refuse. */
	private static SourceInput input(String vendor, String reference, String applyMethod, String editPolicy,
			@Nullable String intervalMinutes) {
		Integer minutes = null;
		if (intervalMinutes != null && !intervalMinutes.isBlank()) {
			try {
				minutes = Integer.valueOf(intervalMinutes.strip());
			}
			catch (NumberFormatException ex) {
				minutes = -1;
			}
		}
		return new SourceInput(vendor, reference, "BACKBOARD".equals(applyMethod), editPolicy, minutes);
	}

	private String listPage(Membership owner, Map<String, Object> model, Map<String, String> values,
			Map<String, String> errors, @Nullable String notice) {
		Map<String, String> shown = new LinkedHashMap<>(values);
		shown.putIfAbsent("intervalMinutes", Long.toString(properties.defaultInterval().toMinutes()));
		model.put("sources", sources.list(owner.companyId()));
		model.put("vendors", Vendor.values());
		model.put("policies", EditPolicy.values());
		model.put("values", shown);
		model.put("errors", errors);
		model.put("notice", notice);
		return "employer/imports";
	}

	private String sourcePage(Membership owner, long id, Map<String, Object> model, Map<String, String> errors,
			@Nullable String notice) {
		ImportSource source = sources.get(owner.companyId(), id);
		model.put("source", source);
		model.put("runs", sources.runs(owner.companyId(), id, 20));
		model.put("jobs", sources.jobs(owner.companyId(), id, 200));
		model.put("policies", EditPolicy.values());
		model.put("errors", errors);
		model.put("notice", notice);
		return "employer/import";
	}

	private static @Nullable String notices(String key) {
		return switch (key) {
			case "created" -> "The source is connected; its first sync has started.";
			case "saved" -> "The settings are saved.";
			case "sync" -> "A sync has started; its run appears in the history below.";
			default -> null;
		};
	}

}
