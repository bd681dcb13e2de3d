package dev.backboard.applications;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.backboard.jobs.JobService;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A job's screening questions. Employers change only their own company's jobs' questions;
 * another company's job is not found.
 */
@Service
public class ScreeningQuestions {

	static final int MAX_QUESTIONS = 20;

	private final JdbcClient jdbc;

	private final JobService jobs;

	ScreeningQuestions(JdbcClient jdbc, JobService jobs) {
		this.jdbc = jdbc;
		this.jobs = jobs;
	}

	/** The job's questions in order. */
	@Transactional(readOnly = true)
	public List<Question> forJob(long jobId) {
		return jdbc.sql("select * from job_question where job_id = :job order by position, id")
			.param("job", jobId)
			.query((row, n) -> question(row))
			.list();
	}

	/**
	 * Adds a question at the end of the company's job's form.
	 * @throws InvalidInput with a message per field
	 */
	@Transactional
	public Question add(long companyId, long jobId, QuestionInput input) {
		jobs.findForCompany(companyId, jobId);
		Map<String, String> errors = new LinkedHashMap<>();
		QuestionKind kind = kind(input.kind(), errors);
		String label = input.label().strip();
		if (label.isEmpty() || label.length() > 300) {
			errors.put("label", "write the question in 1 to 300 characters");
		}
		List<String> options = lines(input.options());
		List<String> knockout = lines(input.knockoutAnswers());
		BigDecimal min = bound(input.knockoutMin(), "knockoutMin", errors);
		BigDecimal max = bound(input.knockoutMax(), "knockoutMax", errors);
		if (kind != null) {
			checkRules(kind, options, knockout, min, max, errors);
			if (kind == QuestionKind.YES_NO) {
				knockout = knockout.stream().map(answer -> answer.toUpperCase(Locale.ROOT)).toList();
			}
			if (!kind.hasOptions()) {
				options = List.of();
			}
			if (kind != QuestionKind.NUMBER) {
				min = null;
				max = null;
			}
		}
		int count = forJob(jobId).size();
		if (count >= MAX_QUESTIONS) {
			errors.put("label", "a job can have up to " + MAX_QUESTIONS + " questions");
		}
		if (!errors.isEmpty() || kind == null) {
			throw new InvalidInput(errors);
		}
		long id = jdbc.sql("""
				insert into job_question (job_id, position, kind, label, options, required, knockout_answers,
				    knockout_min, knockout_max)
				values (:job, coalesce((select max(position) + 1 from job_question where job_id = :job), 0), :kind,
				    :label, string_to_array(:options, E'\n'), :required, string_to_array(:knockout, E'\n'), :min, :max)
				returning id""")
			.param("job", jobId)
			.param("kind", kind.name())
			.param("label", label)
			.param("options", String.join("\n", options))
			.param("required", input.required())
			.param("knockout", String.join("\n", knockout))
			.param("min", min)
			.param("max", max)
			.query(Long.class)
			.single();
		return forJob(jobId).stream().filter(question -> question.id() == id).findFirst().orElseThrow();
	}

	/** Removes one of the company's job's questions; answers already given keep it. */
	@Transactional
	public void delete(long companyId, long jobId, long questionId) {
		jobs.findForCompany(companyId, jobId);
		int deleted = jdbc.sql("delete from job_question where id = :id and job_id = :job")
			.param("id", questionId)
			.param("job", jobId)
			.update();
		if (deleted == 0) {
			throw new QuestionNotFound();
		}
	}

	private static void checkRules(QuestionKind kind, List<String> options, List<String> knockout,
			@Nullable BigDecimal min, @Nullable BigDecimal max, Map<String, String> errors) {
		if (kind.hasOptions()) {
			if (options.size() < 2 || options.size() > 20 || options.stream().anyMatch(o -> o.length() > 200)) {
				errors.put("options", "give 2 to 20 options, one per line, each up to 200 characters");
			}
			else if (!options.containsAll(knockout)) {
				errors.put("knockoutAnswers", "disqualifying answers must be among the options");
			}
			else if (options.stream().distinct().count() != options.size()) {
				errors.put("options", "each option once");
			}
		}
		else if (kind == QuestionKind.YES_NO) {
			if (!List.of("YES", "NO")
				.containsAll(knockout.stream().map(answer -> answer.toUpperCase(Locale.ROOT)).toList())) {
				errors.put("knockoutAnswers", "write YES or NO, or leave it empty");
			}
		}
		else if (!knockout.isEmpty()) {
			errors.put("knockoutAnswers", "only yes/no and choice questions disqualify answers");
		}
		if (kind == QuestionKind.NUMBER && min != null && max != null && min.compareTo(max) > 0) {
			errors.put("knockoutMax", "must not be below the lowest accepted number");
		}
	}

	private static @Nullable QuestionKind kind(String value, Map<String, String> errors) {
		try {
			return QuestionKind.valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			errors.put("kind", "choose one of the kinds");
			return null;
		}
	}

	private static @Nullable BigDecimal bound(String value, String field, Map<String, String> errors) {
		if (value.isBlank()) {
			return null;
		}
		BigDecimal number = Answers.number(value);
		if (number == null) {
			errors.put(field, "give a number, e.g. 3");
		}
		return number;
	}

	private static List<String> lines(String text) {
		return text.lines().map(String::strip).filter(line -> !line.isEmpty()).distinct().toList();
	}

	static Question question(ResultSet row) throws SQLException {
		return new Question(row.getLong("id"), row.getLong("job_id"), row.getInt("position"),
				QuestionKind.valueOf(row.getString("kind")), row.getString("label"), strings(row.getArray("options")),
				row.getBoolean("required"), strings(row.getArray("knockout_answers")),
				row.getBigDecimal("knockout_min"), row.getBigDecimal("knockout_max"));
	}

	static List<String> strings(@Nullable Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

}
