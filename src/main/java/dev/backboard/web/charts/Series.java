package dev.backboard.web.charts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One named row of numbers, a value per label of its chart; null is a gap.
 *
 * @param name what the numbers are ("Median", "Remote share", "New jobs")
 * @param values the numbers, in the order of the chart's labels
 */
public record Series(String name, List<@Nullable Double> values) {

	public Series {
		values = Collections.unmodifiableList(new ArrayList<>(values));
	}

	/** The value at a label's index, null for a gap. */
	public @Nullable Double at(int index) {
		return index < values.size() ? values.get(index) : null;
	}

}
