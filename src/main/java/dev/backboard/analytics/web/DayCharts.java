package dev.backboard.analytics.web;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import dev.backboard.analytics.BoardDay;
import dev.backboard.analytics.Funnel;
import dev.backboard.web.charts.Chart;
import dev.backboard.web.charts.Series;
import dev.backboard.web.charts.ValueFormat;

/**
 * The dashboards' daily counts as line charts, drawn over the same rows as the "Per day"
 * table below them.
 */
final class DayCharts {

	private DayCharts() {
	}

	static Chart funnel(List<Funnel> days) {
		return chart("Views, apply clicks and applications per day", days, Funnel::day,
				List.of(series("Views", days, Funnel::views), series("Apply clicks", days, Funnel::applyClicks),
						series("Applications", days, Funnel::applications)));
	}

	static Chart board(List<BoardDay> days) {
		return chart("Searches, job views and applications per day", days, BoardDay::day,
				List.of(series("Searches", days, BoardDay::searches),
						series("Searches without results", days, BoardDay::searchesWithoutResults),
						series("Job views", days, BoardDay::views), series("Apply clicks", days, BoardDay::applyClicks),
						series("Applications", days, BoardDay::applications)));
	}

	private static <T> Chart chart(String title, List<T> days, Function<T, ?> day, List<Series> series) {
		return new Chart(Chart.Kind.LINE, title, "Day", "Count", ValueFormat.INTEGER,
				days.stream().map(row -> day.apply(row).toString()).toList(), series, List.of(),
				"The numbers are in the table below.");
	}

	private static <T> Series series(String name, List<T> days, ToLongFunction<T> count) {
		return new Series(name, days.stream().map(row -> (Double) (double) count.applyAsLong(row)).toList());
	}

}
