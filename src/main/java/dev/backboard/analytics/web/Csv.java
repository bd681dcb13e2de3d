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
		for (Funnel day : days) {
			csv.append(day.day())
				.append(',')
				.append(day.views())
				.append(',')
				.append(day.applyClicks())
				.append(',')
				.append(day.applications())
				.append(',')
				.append(day.conversion().replace("–", ""))
				.append("\r\n");
		}
		return csv.toString();
	}

	static String sources(List<SourceCount> sources) {
		StringBuilder csv = new StringBuilder("source,views,apply_clicks,applications,conversion\r\n");
		for (SourceCount source : sources) {
			csv.append(source.source().label())
				.append(',')
				.append(source.views())
				.append(',')
				.append(source.applyClicks())
				.append(',')
				.append(source.applications())
				.append(',')
				.append(source.conversion().replace("–", ""))
				.append("\r\n");
		}
		return csv.toString();
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
