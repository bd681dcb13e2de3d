package dev.backboard.notifications;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.backboard.notifications.internal.MailDelivery;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.Mailbox;
import dev.backboard.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@IntegrationTest
class MailerIntegrationTests {

	@Autowired
	Mailer mailer;

	@Autowired
	Mailbox mailbox;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MailDelivery delivery;

	@Test
	void sendsMailWithTextAndHtmlPartsAfterTheCommit() {
		String to = Users.freshEmail("reader");

		transactions.executeWithoutResult(tx -> mailer.send(
				Mail.to(to, "Welcome <aboard>", "First paragraph & more.").withAction("Open", "http://x.test/a?b=1")));

		Mailbox.Received mail = mailbox.waitFor(to, 1);
		assertThat(mail.subject()).isEqualTo("Welcome <aboard>");
		assertThat(mail.text()).contains("First paragraph & more.").contains("Open: http://x.test/a?b=1");
		assertThat(mail.html()).contains("First paragraph &amp; more.").contains("href=\"http://x.test/a?b=1\"");
	}

	@Test
	void queuesManyMailsTogetherEachRenderedForItsRecipient() throws Exception {
		String first = Users.freshEmail("first");
		String second = Users.freshEmail("second");
		String third = Users.freshEmail("third");

		transactions.executeWithoutResult(tx -> mailer
			.sendAll(List.of(Mail.to(first, "For the first", "Only for <one>.").withUnsubscribe("http://x.test/stop/1"),
					Mail.to(second, "For the second", "Only for two.").withAction("Open", "http://x.test/two"),
					Mail.to(third, "For the third", "Only for three."))));

		Mailbox.Received one = mailbox.waitFor(first, 1);
		assertThat(one.subject()).isEqualTo("For the first");
		assertThat(one.text()).contains("Only for <one>.").doesNotContain("two", "three");
		assertThat(one.html()).contains("Only for &lt;one&gt;.");
		assertThat(one.message().getHeader("List-Unsubscribe", null)).isEqualTo("<http://x.test/stop/1>");
		assertThat(one.message().getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
		Mailbox.Received two = mailbox.waitFor(second, 1);
		assertThat(two.subject()).isEqualTo("For the second");
		assertThat(two.text()).contains("Only for two.", "Open: http://x.test/two");
		assertThat(two.message().getHeader("List-Unsubscribe", null)).isNull();
		assertThat(mailbox.waitFor(third, 1).subject()).isEqualTo("For the third");
	}

	@Test
	void storesWhatTheMailSaysAndRendersItAsItSends() {
		String to = Users.freshEmail("stored");
		List<String> paragraphs = List.of("Quotes \" and \\ backslashes, “curly” and ünïcödé.",
				"Tab\tand <angle> brackets.", "Two\nlines, \\N and \\t as written.");

		transactions.executeWithoutResult(tx -> mailer
			.send(new Mail(to, "Stored", paragraphs, new Mail.Action("Open", "http://x.test/open"), null)));

		Mailbox.Received mail = mailbox.waitFor(to, 1);
		// Mail lines end in CRLF on the wire.
		assertThat(mail.text()).contains(paragraphs.get(0), paragraphs.get(1), paragraphs.get(2).replace("\n", "\r\n"),
				"Open: http://x.test/open");
		assertThat(mail.html()).contains("Tab\tand &lt;angle&gt; brackets.");
		Map<String, Object> row = jdbc
			.sql("select paragraphs::text, action_url, text_body, html_body from outgoing_mail where recipient = :to")
			.param("to", to)
			.query()
			.singleRow();
		assertThat(row.get("text_body")).isNull();
		assertThat(row.get("html_body")).isNull();
		assertThat(row.get("action_url")).isEqualTo("http://x.test/open");
		assertThat((String) row.get("paragraphs")).contains("ünïcödé");
		assertThat(jdbc.sql("select paragraphs ->> 2 from outgoing_mail where recipient = :to")
			.param("to", to)
			.query(String.class)
			.single()).isEqualTo(paragraphs.get(2));
	}

	@Test
	void sendsAMailQueuedWithItsRenderedBodiesByAnEarlierRelease() {
		String to = Users.freshEmail("rendered");

		transactions.executeWithoutResult(tx -> jdbc.sql("""
				insert into outgoing_mail (recipient, subject, text_body, html_body, created_at)
				values (:to, 'Rendered earlier', 'The text part.', '<p>The HTML part.</p>', now())""")
			.param("to", to)
			.update());
		delivery.deliverSoon();

		Mailbox.Received mail = mailbox.waitFor(to, 1);
		assertThat(mail.subject()).isEqualTo("Rendered earlier");
		assertThat(mail.text()).contains("The text part.");
		assertThat(mail.html()).contains("<p>The HTML part.</p>");
	}

	@Test
	void aMailThatCannotBeRenderedIsRetriedOnItsOwnWithoutHoldingUpTheOthers() {
		String broken = Users.freshEmail("broken");
		String fine = Users.freshEmail("fine");

		transactions.executeWithoutResult(tx -> jdbc.sql("""
				insert into outgoing_mail (recipient, subject, paragraphs, created_at)
				values (:to, 'Broken', '{"not": "a list of paragraphs"}', now())""").param("to", broken).update());
		transactions.executeWithoutResult(tx -> mailer.send(Mail.to(fine, "Fine", "Sent all the same.")));

		assertThat(mailbox.waitFor(fine, 1).text()).contains("Sent all the same.");
		// Another node (here: another test context on the same database) may have claimed
		// the broken mail and still be trying it.
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(
					jdbc.sql("select last_error from outgoing_mail where recipient = :to and sent_at is null")
						.param("to", broken)
						.query(String.class)
						.optional())
				.hasValueSatisfying(error -> assertThat(error).isNotBlank()));
		assertThat(mailbox.to(broken)).isEmpty();
	}

	@Test
	void queuesNoneOfABatchWhenTheTransactionRollsBack() {
		String dropped = Users.freshEmail("dropped");

		transactions.executeWithoutResult(tx -> {
			mailer.sendAll(List.of(Mail.to(dropped, "Never", "Rolled back."), Mail.to(dropped, "Never 2", "Also.")));
			tx.setRollbackOnly();
		});
		String control = Users.freshEmail("batch-control");
		transactions.executeWithoutResult(tx -> mailer.sendAll(List.of(Mail.to(control, "Sent", "After the other."))));

		mailbox.waitFor(control, 1);
		assertThat(mailbox.to(dropped)).isEmpty();
	}

	@Test
	void sendsNothingWhenTheTransactionRollsBack() throws InterruptedException {
		String to = Users.freshEmail("nobody");

		transactions.executeWithoutResult(tx -> {
			mailer.send(Mail.to(to, "Never", "This is rolled back."));
			tx.setRollbackOnly();
		});
		String control = Users.freshEmail("control");
		transactions.executeWithoutResult(tx -> mailer.send(Mail.to(control, "Sent", "After the other.")));

		mailbox.waitFor(control, 1);
		assertThat(mailbox.to(to)).isEmpty();
	}

}
