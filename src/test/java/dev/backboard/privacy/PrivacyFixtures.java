package dev.backboard.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import dev.backboard.accounts.Accounts;
import dev.backboard.accounts.Role;
import dev.backboard.accounts.UserAccount;
import dev.backboard.candidates.CandidateProfiles;
import dev.backboard.candidates.ProfileInput;
import dev.backboard.candidates.Resumes;
import dev.backboard.candidates.SampleDocuments;
import dev.backboard.companies.Companies;
import dev.backboard.companies.Company;
import dev.backboard.companies.CompanyForm;
import dev.backboard.companies.CompanyMembers;
import dev.backboard.companies.MemberRole;
import dev.backboard.core.Slugs;
import dev.backboard.moderation.ReportReason;
import dev.backboard.moderation.Reports;
import dev.backboard.notifications.Mail;
import dev.backboard.notifications.Mailer;
import dev.backboard.support.Users;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * People with data in every module: a profile, two résumés, an identity, security events,
 * a place in a company, a report about a job and mail. Each has a marker word of their
 * own in their texts and files, so a test can look for it anywhere.
 */
final class PrivacyFixtures {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final Accounts accounts;

	private final Users users;

	private final CandidateProfiles profiles;

	private final Resumes resumes;

	private final Companies companies;

	private final CompanyMembers members;

	private final Reports reports;

	private final Mailer mailer;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	PrivacyFixtures(ApplicationContext context) {
		this.accounts = context.getBean(Accounts.class);
		this.users = context.getBean(Users.class);
		this.profiles = context.getBean(CandidateProfiles.class);
		this.resumes = context.getBean(Resumes.class);
		this.companies = context.getBean(Companies.class);
		this.members = context.getBean(CompanyMembers.class);
		this.reports = context.getBean(Reports.class);
		this.mailer = context.getBean(Mailer.class);
		this.jdbc = context.getBean(JdbcClient.class);
		this.transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
	}

	/**
	 * @param marker a word found only in this person's profile, résumés and mail
	 * @param resumeFiles the files as uploaded, newest last
	 */
	record Person(UserAccount account, String name, String marker, String subject, List<byte[]> resumeFiles) {

		long id() {
			return account.getId();
		}

		String email() {
			return account.getEmail();
		}

	}

	Company company() {
		UserAccount owner = users.create("Owen", Role.EMPLOYER);
		String name = "Privacy Works " + SEQUENCE.incrementAndGet() + " " + System.nanoTime() % 100000;
		return companies.create(owner.getId(),
				new CompanyForm(name, "https://www." + Slugs.of(name) + ".example", null, null, null), null);
	}

	Person person(String who, Company company) {
		int n = SEQUENCE.incrementAndGet();
		String marker = who + "marker" + n + "x" + System.nanoTime() % 1000000;
		String name = who + " Quillfeather" + n + "x" + System.nanoTime() % 100000;
		UserAccount account = accounts.createVerified(Users.freshEmail(who.toLowerCase(java.util.Locale.ROOT)),
				Users.PASSWORD, name, Set.of(Role.CANDIDATE, Role.EMPLOYER));
		long id = account.getId();
		profiles.save(id,
				new ProfileInput("Backend engineer " + marker, "I am " + name + " and I build systems. " + marker,
						"golang", "7", "SENIOR", "berlin", "", true, "HYBRID", "", "", "", "de", "", ""));
		byte[] first = SampleDocuments.pdf("First resume of " + marker);
		byte[] second = SampleDocuments.pdf("Second resume of " + marker);
		resumes.upload(id, "../../etc/" + name + ".pdf", first);
		resumes.upload(id, "cv.pdf", second);
		String subject = "subject-" + marker;
		jdbc.sql("insert into user_identity (issuer, subject, user_id, email, linked_at) values (?, ?, ?, ?, ?)")
			.params("https://id.example", subject, id, account.getEmail(), Timestamp.from(Instant.now()))
			.update();
		members.add(company.getId(), id, MemberRole.RECRUITER);
		String job = jdbc.sql("select slug from job where status = 'PUBLISHED' order by id limit 1")
			.query(String.class)
			.single();
		reports.file(job, ReportReason.OTHER, "Looks odd to me", id, "198.51.100." + (n % 250 + 1));
		transactions.executeWithoutResult(status -> mailer
			.send(Mail.to(account.getEmail(), "Hello " + name, "Dear " + name + ", this is about " + marker + ".")));
		return new Person(account, name, marker, subject, List.of(first, second));
	}

}
