package dev.backboard.applications;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.backboard.companies.Membership;
import dev.backboard.core.BackboardProperties;
import dev.backboard.jobs.Job;
import dev.backboard.notifications.Mail;
import dev.backboard.notifications.Mailer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which stage changes email the candidate, chosen per company, and the mails themselves.
 * Until a company chooses, candidates hear about interviews, offers and rejections.
 */
@Service
public class StageEmails {

	static final Set<Stage> DEFAULT = EnumSet.of(Stage.INTERVIEW, Stage.OFFER, Stage.REJECTED);

	private final JdbcClient jdbc;

	private final Mailer mailer;

	private final BackboardProperties board;

	StageEmails(JdbcClient jdbc, Mailer mailer, BackboardProperties board) {
		this.jdbc = jdbc;
		this.mailer = mailer;
		this.board = board;
	}

	/** The stages whose moves email the candidate. */
	@Transactional(readOnly = true)
	public Set<Stage> stages(long companyId) {
		return jdbc.sql("select array_to_string(stages, ',') from company_stage_email where company_id = :company")
			.param("company", companyId)
			.query(String.class)
			.optional()
			.map(StageEmails::parse)
			.orElseGet(() -> EnumSet.copyOf(DEFAULT));
	}

	/**
	 * Sets the company's choice.
	 * @param by the member who chooses: the README reserves this to owners
	 * @throws org.springframework.security.access.AccessDeniedException for a recruiter
	 */
	@Transactional
	public void save(Membership by, Set<Stage> stages) {
		long companyId = by.requireOwner().companyId();
		jdbc.sql("""
				insert into company_stage_email (company_id, stages) values (:company, string_to_array(:stages, ','))
				on conflict (company_id) do update set stages = excluded.stages""")
			.param("company", companyId)
			.param("stages", stages.stream().map(Stage::name).sorted().collect(Collectors.joining(",")))
			.update();
	}

	/** Tells the candidate where their application now stands. */
	void send(String to, Job job, Stage stage) {
		String company = job.getCompany().getName();
		String title = job.getTitle();
		List<String> paragraphs = switch (stage) {
			case NEW -> List.of("Your application for " + title + " at " + company + " is waiting to be reviewed.");
			case REVIEWING -> List.of(company + " is reviewing your application for " + title + ".");
			case INTERVIEW -> List.of("Good news: " + company + " would like to interview you for " + title + ".",
					"They will contact you about the next steps.");
			case OFFER -> List.of(company + " is making you an offer for " + title + ".",
					"They will contact you with the details.");
			case HIRED -> List.of("Congratulations: " + company + " has hired you as " + title + ".");
			case REJECTED -> List.of("Thank you for your interest in " + title + " at " + company + ".",
					"After careful consideration, they have decided not to move forward with your application. "
							+ "We wish you the best in your search.");
		};
		mailer.send(new Mail(to, "Your application for " + title + ": " + stage.candidateLabel(), paragraphs, null)
			.withAction("See your applications", board.baseUrl() + "/candidate/applications"));
	}

	private static Set<Stage> parse(String names) {
		Set<Stage> stages = EnumSet.noneOf(Stage.class);
		Arrays.stream(names.split(",")).filter(name -> !name.isEmpty()).map(Stage::valueOf).forEach(stages::add);
		return stages;
	}

}
