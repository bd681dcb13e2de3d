package dev.backboard.applications;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A job's applicants as CSV for a spreadsheet. Every cell is quoted, and a cell that a
 * spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage
 * return) is prefixed with an apostrophe.
 */
public final class ApplicantsCsv {

	private ApplicantsCsv() {
	}

	public static String of(List<Applicant> applicants) {
		StringBuilder csv = new StringBuilder(row(List.of("Application", "Name", "Email", "Headline", "Stage",
				"Knocked out", "Withdrawn", "Match score", "Matched skills", "Missing skills", "Submitted")));
		for (Applicant applicant : applicants) {
			csv.append(row(List.of(Long.toString(applicant.id()), applicant.displayName(), orEmpty(applicant.email()),
					orEmpty(applicant.headline()), applicant.stage().label(), applicant.knockedOut() ? "yes" : "no",
					applicant.withdrawn() ? "yes" : "no", Integer.toString(applicant.match().score()),
					String.join(" ", applicant.match().matched()), String.join(" ", applicant.match().missing()),
					applicant.submittedAt().toString())));
		}
		return csv.toString();
	}

	static String cell(String value) {
		String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}

	private static String row(List<String> cells) {
		return cells.stream().map(ApplicantsCsv::cell).collect(Collectors.joining(",")) + "\r\n";
	}

	private static String orEmpty(@org.jspecify.annotations.Nullable String value) {
		return value == null ? "" : value;
	}

}
