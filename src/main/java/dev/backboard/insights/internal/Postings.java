package dev.backboard.insights.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.backboard.insights.InsightFilter;
import dev.backboard.jobs.Seniority;
import dev.backboard.jobs.WorkplaceType;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The jobs posted in a period, read once in one pass and kept in narrow columns: company,
 * level, workplace, week, yearly pay and the skills and countries as small numbers into
 * dictionaries. Ordered by company, so that a group's distinct companies are counted by
 * noticing when the company changes.
 */
final class Postings {

	/** A job's yearly pay: the middle of its range, or the one bound it gives. */
	static final String PAY = "(coalesce(j.salary_annual_min, j.salary_annual_max)"
			+ " + coalesce(j.salary_annual_max, j.salary_annual_min)) / 2";

	final LocalDate from;

	final LocalDate until;

	final int weekCount;

	final int size;

	final long[] company;

	final byte[] seniority;

	final byte[] workplace;

	final short[] week;

	/** NaN where the job gives no salary. */
	final double[] pay;

	final int[][] skills;

	final int[][] countries;

	final List<String> skillSlugs;

	final List<String> countryCodes;

	private final Map<String, Integer> skillIds;

	private final Map<String, Integer> countryIds;

	private Postings(LocalDate from, LocalDate until, int weekCount, List<Row> rows, Map<String, Integer> skillIds,
			Map<String, Integer> countryIds) {
		this.from = from;
		this.until = until;
		this.weekCount = weekCount;
		rows.sort((a, b) -> Long.compare(a.company, b.company));
		this.size = rows.size();
		this.company = new long[size];
		this.seniority = new byte[size];
		this.workplace = new byte[size];
		this.week = new short[size];
		this.pay = new double[size];
		this.skills = new int[size][];
		this.countries = new int[size][];
		for (int i = 0; i < size; i++) {
			Row row = rows.get(i);
			company[i] = row.company;
			seniority[i] = row.seniority;
			workplace[i] = row.workplace;
			week[i] = row.week;
			pay[i] = row.pay;
			skills[i] = row.skills;
			countries[i] = row.countries;
		}
		this.skillIds = skillIds;
		this.countryIds = countryIds;
		this.skillSlugs = dictionary(skillIds);
		this.countryCodes = dictionary(countryIds);
	}

	private static List<String> dictionary(Map<String, Integer> ids) {
		String[] values = new String[ids.size()];
		ids.forEach((value, id) -> values[id] = value);
		return Arrays.asList(values);
	}

	private record Row(long company, byte seniority, byte workplace, short week, double pay, int[] skills,
			int[] countries) {
	}

	/**
	 * Reads the jobs posted from {@code from} (a Monday) to the day before {@code until}
	 * that match the filter's country and level (the skill is left to the caller, who
	 * also needs the jobs of every skill).
	 */
	static Postings load(JdbcTemplate jdbc, LocalDate from, LocalDate until, InsightFilter filter) {
		StringBuilder sql = new StringBuilder("select j.company_id, j.seniority, j.workplace_type, j.posted_at, ")
			.append(PAY)
			.append(" as pay, array(select s.skill from job_skill s where s.job_id = j.id) as skills,")
			.append(" array(select distinct l.country_code from job_location l where l.job_id = j.id) as countries")
			.append(" from job j where j.posted_at >= ? and j.posted_at < ?");
		List<Object> args = new ArrayList<>(List.of(Timestamp.from(from.atStartOfDay(ZoneOffset.UTC).toInstant()),
				Timestamp.from(until.atStartOfDay(ZoneOffset.UTC).toInstant())));
		if (filter.country() != null) {
			sql.append(" and exists (select 1 from job_location l where l.job_id = j.id and l.country_code = ?)");
			args.add(filter.country());
		}
		if (filter.seniority() != null) {
			sql.append(" and j.seniority = ?");
			args.add(filter.seniority().name());
		}
		Map<String, Integer> skillIds = new HashMap<>();
		Map<String, Integer> countryIds = new HashMap<>();
		List<Row> rows = new ArrayList<>();
		jdbc.query((java.sql.Connection connection) -> {
			var statement = connection.prepareStatement(sql.toString());
			statement.setFetchSize(10_000);
			for (int i = 0; i < args.size(); i++) {
				statement.setObject(i + 1, args.get(i));
			}
			return statement;
		}, (org.springframework.jdbc.core.RowCallbackHandler) (ResultSet rs) -> {
			LocalDate posted = rs.getTimestamp(4).toInstant().atZone(ZoneOffset.UTC).toLocalDate();
			BigDecimal pay = rs.getBigDecimal(5);
			rows.add(new Row(rs.getLong(1), (byte) Seniority.valueOf(rs.getString(2)).ordinal(),
					(byte) WorkplaceType.valueOf(rs.getString(3)).ordinal(),
					(short) (ChronoUnit.DAYS.between(from, posted) / 7), pay == null ? Double.NaN : pay.doubleValue(),
					ids(rs, 6, skillIds), ids(rs, 7, countryIds)));
		});
		return new Postings(from, until, (int) ChronoUnit.WEEKS.between(from, until.plusDays(6)), rows, skillIds,
				countryIds);
	}

	private static int[] ids(ResultSet rs, int column, Map<String, Integer> ids) throws SQLException {
		String[] values = (String[]) rs.getArray(column).getArray();
		int[] result = new int[values.length];
		for (int i = 0; i < values.length; i++) {
			result[i] = ids.computeIfAbsent(values[i], value -> ids.size());
		}
		return result;
	}

	/** The dictionary number of a skill slug, or -1 when no job here asks for it. */
	int skillId(@Nullable String slug) {
		return slug == null ? -1 : skillIds.getOrDefault(slug, -1);
	}

	int countryId(@Nullable String code) {
		return code == null ? -1 : countryIds.getOrDefault(code, -1);
	}

	/**
	 * The positions of the jobs matching the filter, in company order. A skill or country
	 * no job has matches nothing.
	 */
	int[] matching(InsightFilter filter) {
		int skill = skillId(filter.skill());
		int country = countryId(filter.country());
		if ((filter.skill() != null && skill < 0) || (filter.country() != null && country < 0)) {
			return new int[0];
		}
		int level = filter.seniority() == null ? -1 : filter.seniority().ordinal();
		int[] found = new int[size];
		int count = 0;
		for (int i = 0; i < size; i++) {
			if ((skill < 0 || contains(skills[i], skill)) && (country < 0 || contains(countries[i], country))
					&& (level < 0 || seniority[i] == level)) {
				found[count++] = i;
			}
		}
		return Arrays.copyOf(found, count);
	}

	/**
	 * For each dictionary number, the positions of the jobs that have it, in company
	 * order.
	 */
	static int[][] invert(int[][] values, int dictionary) {
		int[] counts = new int[dictionary];
		for (int[] row : values) {
			for (int value : row) {
				counts[value]++;
			}
		}
		int[][] jobs = new int[dictionary][];
		for (int id = 0; id < dictionary; id++) {
			jobs[id] = new int[counts[id]];
		}
		int[] filled = new int[dictionary];
		for (int job = 0; job < values.length; job++) {
			for (int value : values[job]) {
				jobs[value][filled[value]++] = job;
			}
		}
		return jobs;
	}

	private static boolean contains(int[] values, int value) {
		for (int candidate : values) {
			if (candidate == value) {
				return true;
			}
		}
		return false;
	}

}
