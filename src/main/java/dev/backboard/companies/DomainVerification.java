package dev.backboard.companies;

import dev.backboard.core.Secrets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import dev.backboard.accounts.UserAccount;
import dev.backboard.core.BackboardProperties;
import dev.backboard.core.ratelimit.RateLimits;
import dev.backboard.notifications.Mail;
import dev.backboard.notifications.Mailer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A company is verified once a member shows they read mail at its website's domain: a
 * single-use link goes to an address there, and following it marks the domain verified.
 */
@Service
public class DomainVerification {

	static final Duration VALIDITY = Duration.ofHours(24);

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final JdbcClient jdbc;

	private final Companies companies;

	private final CompanyRepository repository;

	private final Mailer mailer;

	private final RateLimits rateLimits;

	private final BackboardProperties board;

	private final Clock clock;

	DomainVerification(JdbcClient jdbc, Companies companies, CompanyRepository repository, Mailer mailer,
			RateLimits rateLimits, BackboardProperties board, Clock clock) {
		this.jdbc = jdbc;
		this.companies = companies;
		this.repository = repository;
		this.mailer = mailer;
		this.rateLimits = rateLimits;
		this.board = board;
		this.clock = clock;
	}

	/**
	 * The domain a member's address must be at, or nothing while the website is unset.
	 */
	@Transactional(readOnly = true)
	public Optional<String> domainOf(long companyId) {
		return Optional.ofNullable(WebsiteDomain.of(companies.get(companyId).getWebsite()));
	}

	/**
	 * Why the company's website domain cannot be verified (a free-mail provider, a public
	 * suffix), or nothing when it can or is unset.
	 */
	@Transactional(readOnly = true)
	public Optional<String> refusal(long companyId) {
		return domainOf(companyId).map(WebsiteDomain::refusal);
	}

	/**
	 * Mails a confirmation link to an address at the company's domain.
	 * @throws InvalidCompany naming the bad field ({@code email})
	 */
	@Transactional
	public void request(long companyId, long accountId, @Nullable String email) {
		Company company = companies.get(companyId);
		String domain = Optional.ofNullable(WebsiteDomain.of(company.getWebsite()))
			.orElseThrow(() -> InvalidCompany.field("email",
					"Add your company's website to its profile first: the address must be at its domain."));
		String refusal = WebsiteDomain.refusal(domain);
		if (refusal != null) {
			throw InvalidCompany.field("email", refusal);
		}
		String address = email == null ? "" : UserAccount.normalize(email);
		if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
			throw InvalidCompany.field("email", "Enter an email address, e.g. you@" + domain + ".");
		}
		if (!WebsiteDomain.covers(domain, address)) {
			throw InvalidCompany.field("email", "Use an address at " + domain + ", the domain of your website.");
		}
		rateLimits.consume("domain-verification", Long.toString(companyId));
		String token = Secrets.random();
		Instant now = clock.instant();
		jdbc.sql(
				"""
						insert into company_domain_token (token_hash, company_id, email, domain, requested_by, created_at, expires_at)
						values (:hash, :company, :email, :domain, :user, :now, :expires)""")
			.param("hash", Secrets.sha256(token))
			.param("company", companyId)
			.param("email", address)
			.param("domain", domain)
			.param("user", accountId)
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(now.plus(VALIDITY)))
			.update();
		mailer.send(Mail
			.to(address, "Confirm " + domain + " for " + company.getName() + " on Backboard",
					"Someone in your team asked to verify that " + company.getName() + " owns " + domain
							+ ". Open the link while signed in to Backboard and confirm.",
					"The link works for 24 hours and only once. If you did not expect this mail, ignore it.")
			.withAction("Confirm the domain", board.baseUrl() + "/employer/company/domain/confirm/" + token));
	}

	/**
	 * The domain a link would verify, if it is still usable by a member of the company.
	 * @throws VerificationLinkNotFound when it is unknown, used, expired or another
	 * company's
	 */
	@Transactional(readOnly = true)
	public String pending(String token, long companyId) {
		return open(token, companyId, false).domain();
	}

	/**
	 * Marks the company's domain verified and uses up the link.
	 * @throws VerificationLinkNotFound when it is unknown, used, expired or another
	 * company's
	 */
	@Transactional
	public Company confirm(String token, long companyId) {
		Link link = open(token, companyId, true);
		Company company = companies.get(companyId);
		if (!link.domain().equals(WebsiteDomain.of(company.getWebsite()))
				|| WebsiteDomain.refusal(link.domain()) != null) {
			// The website moved to another domain since the link was sent, or links sent
			// before its domain was refused.
			throw new VerificationLinkNotFound();
		}
		Instant now = clock.instant();
		jdbc.sql("update company_domain_token set used_at = :now where token_hash = :hash")
			.param("now", Timestamp.from(now))
			.param("hash", Secrets.sha256(token))
			.update();
		company.verifyDomain(link.domain(), now);
		return repository.save(company);
	}

	private record Link(String domain) {
	}

	private Link open(String token, long companyId, boolean lock) {
		return jdbc
			.sql("""
					select domain from company_domain_token
					where token_hash = :hash and company_id = :company and used_at is null and expires_at > :now"""
					+ (lock ? " for update" : ""))
			.param("hash", Secrets.sha256(token))
			.param("company", companyId)
			.param("now", Timestamp.from(clock.instant()))
			.query((row, n) -> new Link(row.getString(1)))
			.optional()
			.orElseThrow(VerificationLinkNotFound::new);
	}

}
