package dev.backboard.web.charts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a chart shows: labels along one axis and named series of numbers against them.
 *
 * @param kind how it is drawn
 * @param title the chart's title, also its accessible name
 * @param labelAxis what the labels are ("Week", "Skill")
 * @param valueAxis what the numbers are ("Share of new jobs", "Yearly salary (EUR)")
 * @param format how the numbers are written
 * @param labels the categories, in display order
 * @param series the numbers, one value per label each
 * @param samples how many items stand behind each label (shown in the table), or empty
 * @param note a line under the chart (sample sizes, licence, hidden cells), or null
 */
public record Chart(Kind kind, String title, String labelAxis, String valueAxis, ValueFormat format,
		List<String> labels, List<Series> series, List<@Nullable Long> samples, @Nullable String note) {

	/** The ways a chart can be drawn. */
	public enum Kind {

		LINE, BARS, RANGES

	}

	public Chart {
		labels = List.copyOf(labels);
		series = List.copyOf(series);
		samples = Collections.unmodifiableList(new ArrayList<>(samples));
		for (Series row : series) {
			if (row.values().size() != labels.size()) {
				throw new IllegalArgumentException("series " + row.name() + " has " + row.values().size()
						+ " values for " + labels.size() + " labels");
			}
		}
		if (!samples.isEmpty() && samples.size() != labels.size()) {
			throw new IllegalArgumentException("samples must be empty or one per label");
		}
		if (kind == Kind.RANGES && series.size() != 5) {
			throw new IllegalArgumentException("a range chart needs five series (low, q1, median, q3, high)");
		}
	}

	/** Whether there is nothing to draw: no labels, or every value a gap. */
	public boolean isEmpty() {
		return series.stream().flatMap(row -> row.values().stream()).allMatch(value -> value == null);
	}

	/** The sample size of a label, null when the chart has none. */
	public @Nullable Long sampleAt(int index) {
		return samples.isEmpty() ? null : samples.get(index);
	}

	/** A value written in the chart's format, or the given text for a gap. */
	public String formatted(@Nullable Double value, String gap) {
		return value == null ? gap : format.format(value);
	}

}
