package dev.backboard.notifications;

import org.junit.jupiter.api.Test;

import dev.backboard.support.IntegrationTest;
import dev.backboard.support.Mailbox;
import dev.backboard.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class MailerIntegrationTests {

	@Autowired
	Mailer mailer;

	@Autowired
	Mailbox mailbox;

	@Autowired
	TransactionTemplate transactions;

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
