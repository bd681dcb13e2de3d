package dev.backboard.analytics.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import dev.backboard.analytics.Funnel;
import dev.backboard.analytics.SourceCount;
import dev.backboard.core.FieldProblems;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The CSV exports: one row per day or per source, RFC 4180 line ends; bad dates answer a
 * 400 problem naming the parameter.
 */
final class Csv {

	private Csv() {
	}

	static String funnel(List<Funnel> days) {
		StringBuilder csv = new StringBuilder("date,views,apply_clicks,applications,conversion\r\n");
		days.forEach(day -> row(csv, day.day(), day.views(), day.applyClicks(), day.applications(), day.conversion()));
		return csv.toString();
	}

	static String sources(List<SourceCount> sources) {
		StringBuilder csv = new StringBuilder("source,views,apply_clicks,applications,conversion\r\n");
		sources.forEach(source -> row(csv, source.source().label(), source.views(), source.applyClicks(),
				source.applications(), source.conversion()));
		return csv.toString();
	}

	/** One line; a conversion of nothing viewed ("–") is left empty. */
	private static void row(StringBuilder csv, Object first, long views, long applyClicks, long applications,
			String conversion) {
		csv.append(first)
			.append(',')
			.append(views)
			.append(',')
			.append(applyClicks)
			.append(',')
			.append(applications)
			.append(',')
			.append(conversion.replace("–", ""))
			.append("\r\n");
	}

	static ResponseEntity<?> attachment(String filename, String csv) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.cacheControl(CacheControl.noStore())
			.body(csv.getBytes(StandardCharsets.UTF_8));
	}

	static ResponseEntity<?> badRange(DateRange range) {
		return problem(range.errors());
	}

	static ResponseEntity<?> badParameter(String name, String message) {
		return problem(Map.of(name, message));
	}

	private static ResponseEntity<?> problem(Map<String, String> errors) {
		return ResponseEntity.badRequest()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(FieldProblems.of(errors));
	}

}
