package dev.backboard.notifications.web;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import dev.backboard.notifications.internal.MailDelivery;
import dev.backboard.core.LocalRequests;
import dev.backboard.core.NotFound;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The mail this board sent, for local use when no SMTP server is configured: sign up on a
 * laptop and follow the verification link from here. Only requests from this machine
 * reach it.
 */
@Controller
class CapturedMailController {

	private final JdbcClient jdbc;

	private final MailDelivery delivery;

	CapturedMailController(JdbcClient jdbc, MailDelivery delivery) {
		this.jdbc = jdbc;
		this.delivery = delivery;
	}

	@GetMapping("/dev/mail")
	String list(Map<String, Object> model, HttpServletRequest request) {
		requireCapturing(request);
		model.put("mails", jdbc.sql("""
				select id, created_at, %s from outgoing_mail
				order by id desc limit 100""".formatted(MailDelivery.CONTENT)).query(this::captured).list());
		return "dev/mails";
	}

	@GetMapping("/dev/mail/{id}")
	String show(@PathVariable long id, Map<String, Object> model, HttpServletRequest request) {
		requireCapturing(request);
		model.put("mail",
				jdbc.sql("""
						select id, created_at, %s from outgoing_mail where id = :id""".formatted(MailDelivery.CONTENT))
					.param("id", id)
					.query(this::captured)
					.optional()
					.orElseThrow(() -> new NotFound("mail")));
		return "dev/mail";
	}

	private CapturedMail captured(ResultSet row, int n) throws SQLException {
		MailDelivery.Stored mail = MailDelivery.Stored.of(row);
		MailDelivery.Bodies bodies = delivery.bodies(mail);
		return new CapturedMail(row.getLong("id"), mail.recipient(), mail.subject(),
				row.getTimestamp("created_at").toInstant(), bodies.text(), bodies.html());
	}

	/**
	 * Checked here as well as in the security rules: these pages hold every sign-in and
	 * reset link, so no route change may ever open them to another machine.
	 */
	private void requireCapturing(HttpServletRequest request) {
		if (!delivery.capturing() || !LocalRequests.fromThisMachine(request)) {
			throw new NotFound("page");
		}
	}

}
