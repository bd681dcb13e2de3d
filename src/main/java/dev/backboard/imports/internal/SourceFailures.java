package dev.backboard.imports.internal;

import dev.backboard.companies.CompanyMembers;
import dev.backboard.core.BackboardProperties;
import dev.backboard.core.privacy.AccountAddresses;
import dev.backboard.imports.ImportSource;
import dev.backboard.notifications.Mail;
import dev.backboard.notifications.Mailer;

import org.springframework.stereotype.Component;

/**
 * Tells a company's owners, by mail through the outbox, that a source keeps failing.
 */
@Component
class SourceFailures {

	private final CompanyMembers members;

	private final AccountAddresses addresses;

	private final Mailer mailer;

	private final BackboardProperties board;

	SourceFailures(CompanyMembers members, AccountAddresses addresses, Mailer mailer, BackboardProperties board) {
		this.members = members;
		this.addresses = addresses;
		this.mailer = mailer;
		this.board = board;
	}

	void tellOwners(ImportSource source, int failures, String error) {
		for (long owner : members.owners(source.companyId())) {
			addresses.emailOf(owner)
				.ifPresent(email -> mailer.send(Mail.to(email,
						"Job import failing: " + source.vendor().label() + " " + source.reference(),
						"Backboard could not read your jobs from " + source.vendor().label() + " (" + source.reference()
								+ ") " + failures + " times in a row.",
						"The last attempt: " + error,
						"Your jobs on Backboard stay as they were: nothing is closed while the source cannot be read. Backboard keeps trying.")
					.withAction("Open the import", board.baseUrl() + "/employer/imports/" + source.id())));
		}
	}

}
