package dev.backboard.candidates;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.backboard.jobs.SalaryPeriod;
import dev.backboard.jobs.Seniority;
import dev.backboard.skills.Skill;
import dev.backboard.skills.Taxonomy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Candidate profiles, one per account, created on the first save. Other modules read them
 * through {@link #find(long)}.
 */
@Service
public class CandidateProfiles {

	private final JdbcClient jdbc;

	private final ProfileValidator validator;

	private final Taxonomy taxonomy;

	private final Clock clock;

	CandidateProfiles(JdbcClient jdbc, ProfileValidator validator, Taxonomy taxonomy, Clock clock) {
		this.jdbc = jdbc;
		this.validator = validator;
		this.taxonomy = taxonomy;
		this.clock = clock;
	}

	/** The account's profile, if the candidate has saved one. */
	@Transactional(readOnly = true)
	public Optional<CandidateProfile> find(long accountId) {
		return jdbc.sql("select * from candidate_profile where account_id = :account")
			.param("account", accountId)
			.query((row, n) -> profile(row, skills(accountId), workCountries(accountId)))
			.optional();
	}

	/** The saved profile as its form shows it, or an empty form. */
	@Transactional(readOnly = true)
	public ProfileInput form(long accountId) {
		return find(accountId).map(this::input).orElseGet(ProfileInput::empty);
	}

	/**
	 * Saves the whole profile, or nothing: any invalid field throws
	 * {@link InvalidProfile} with a message per field. The visibility is kept as it was
	 * (private for a new profile).
	 */
	@Transactional
	public CandidateProfile save(long accountId, ProfileInput input) {
		ProfileVisibility visibility = jdbc.sql("select visibility from candidate_profile where account_id = :account")
			.param("account", accountId)
			.query(String.class)
			.optional()
			.map(ProfileVisibility::valueOf)
			.orElse(ProfileVisibility.PRIVATE);
		CandidateProfile profile = validator.validate(accountId, input, visibility, clock.instant());
		upsert(profile);
		jdbc.sql("delete from candidate_skill where account_id = :account").param("account", accountId).update();
		for (int i = 0; i < profile.skills().size(); i++) {
			jdbc.sql(
					"insert into candidate_skill (account_id, skill_slug, position) values (:account, :slug, :position)")
				.param("account", accountId)
				.param("slug", profile.skills().get(i))
				.param("position", i)
				.update();
		}
		jdbc.sql("delete from candidate_work_country where account_id = :account").param("account", accountId).update();
		for (String country : profile.workCountries()) {
			jdbc.sql("insert into candidate_work_country (account_id, country_code) values (:account, :country)")
				.param("account", accountId)
				.param("country", country)
				.update();
		}
		return profile;
	}

	/** Removes the account's profile, for erasure. */
	@Transactional
	public boolean delete(long accountId) {
		return jdbc.sql("delete from candidate_profile where account_id = :account")
			.param("account", accountId)
			.update() > 0;
	}

	private void upsert(CandidateProfile profile) {
		DesiredSalary salary = profile.desiredSalary();
		jdbc.sql("""
				insert into candidate_profile (account_id, headline, summary, years_of_experience, seniority, city,
				    country_code, willing_to_relocate, remote_preference, salary_amount, salary_currency, salary_period,
				    github_url, website_url, visibility, created_at, updated_at)
				values (:account, :headline, :summary, :years, :seniority, :city, :country, :relocate, :remote,
				    :amount, :currency, :period, :github, :website, :visibility, :now, :now)
				on conflict (account_id) do update set headline = excluded.headline, summary = excluded.summary,
				    years_of_experience = excluded.years_of_experience, seniority = excluded.seniority,
				    city = excluded.city, country_code = excluded.country_code,
				    willing_to_relocate = excluded.willing_to_relocate, remote_preference = excluded.remote_preference,
				    salary_amount = excluded.salary_amount, salary_currency = excluded.salary_currency,
				    salary_period = excluded.salary_period, github_url = excluded.github_url,
				    website_url = excluded.website_url, updated_at = excluded.updated_at""")
			.param("account", profile.accountId())
			.param("headline", profile.headline())
			.param("summary", profile.summary())
			.param("years", profile.yearsOfExperience())
			.param("seniority", profile.seniority() == null ? null : profile.seniority().name())
			.param("city", profile.city())
			.param("country", profile.countryCode())
			.param("relocate", profile.willingToRelocate())
			.param("remote", profile.remotePreference().name())
			.param("amount", salary == null ? null : salary.amount())
			.param("currency", salary == null ? null : salary.currency())
			.param("period", salary == null ? null : salary.period().name())
			.param("github", profile.githubUrl())
			.param("website", profile.websiteUrl())
			.param("visibility", profile.visibility().name())
			.param("now", Timestamp.from(profile.updatedAt()))
			.update();
	}

	private List<String> skills(long accountId) {
		return jdbc.sql("select skill_slug from candidate_skill where account_id = :account order by position")
			.param("account", accountId)
			.query(String.class)
			.list();
	}

	private List<String> workCountries(long accountId) {
		return jdbc.sql("select country_code from candidate_work_country where account_id = :account order by 1")
			.param("account", accountId)
			.query(String.class)
			.list();
	}

	private static CandidateProfile profile(ResultSet row, List<String> skills, List<String> countries)
			throws SQLException {
		BigDecimal amount = row.getBigDecimal("salary_amount");
		DesiredSalary salary = amount == null ? null : new DesiredSalary(plain(amount),
				row.getString("salary_currency").strip(), SalaryPeriod.valueOf(row.getString("salary_period")));
		return new CandidateProfile(row.getLong("account_id"), row.getString("headline"), row.getString("summary"),
				skills, row.getObject("years_of_experience", Integer.class), enumOrNull(row.getString("seniority")),
				row.getString("city"), row.getString("country_code"), row.getBoolean("willing_to_relocate"),
				RemotePreference.valueOf(row.getString("remote_preference")), salary, countries,
				row.getString("github_url"), row.getString("website_url"),
				ProfileVisibility.valueOf(row.getString("visibility")), row.getTimestamp("updated_at").toInstant());
	}

	/** 85000.00 as 85000, not 8.5E+4. */
	private static BigDecimal plain(BigDecimal amount) {
		BigDecimal stripped = amount.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	private static @Nullable Seniority enumOrNull(@Nullable String name) {
		return name == null ? null : Seniority.valueOf(name);
	}

	private ProfileInput input(CandidateProfile profile) {
		DesiredSalary salary = profile.desiredSalary();
		String skills = profile.skills()
			.stream()
			.map(slug -> taxonomy.bySlug(slug).map(Skill::name).orElse(slug))
			.collect(Collectors.joining(", "));
		return new ProfileInput(profile.headline(), profile.summary(), skills,
				profile.yearsOfExperience() == null ? "" : profile.yearsOfExperience().toString(),
				profile.seniority() == null ? "" : profile.seniority().name(), orEmpty(profile.city()),
				orEmpty(profile.countryCode()), profile.willingToRelocate(), profile.remotePreference().name(),
				salary == null ? "" : salary.amount().toPlainString(), salary == null ? "" : salary.currency(),
				salary == null ? SalaryPeriod.YEAR.name() : salary.period().name(),
				String.join(", ", profile.workCountries()), orEmpty(profile.githubUrl()),
				orEmpty(profile.websiteUrl()));
	}

	private static String orEmpty(@Nullable String value) {
		return value == null ? "" : value;
	}

}
