package dev.backboard.web.charts;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Draws a {@link Chart} as SVG markup: every text escaped, {@code role="img"} with a
 * title and a description, a value axis from zero to a round maximum with grid lines, and
 * both axes labelled.
 */
public final class SvgCharts {

	static final int WIDTH = 640;

	private static final List<String> COLOURS = List.of("#2563eb", "#d97706", "#059669", "#db2777", "#7c3aed",
			"#0891b2", "#65a30d", "#dc2626");

	private static final int ROW = 26;

	private static final int LEFT = 150;

	private static final int RIGHT = 24;

	private SvgCharts() {
	}

	/** The chart as an {@code <svg>} element, or a short text when there is no data. */
	public static String render(Chart chart) {
		return switch (chart.kind()) {
			case LINE -> line(chart);
			case BARS -> bars(chart);
			case RANGES -> ranges(chart);
		};
	}

	private static String line(Chart chart) {
		int left = 64;
		int top = 16;
		int plotHeight = 200;
		int legend = chart.series().size() > 1 ? 18 * chart.series().size() : 0;
		int height = top + plotHeight + 56 + legend;
		double max = niceMax(max(chart));
		StringBuilder svg = open(chart, height);
		int plotWidth = WIDTH - left - RIGHT;
		valueGrid(svg, chart, max, left, top, plotWidth, plotHeight, false);
		int count = chart.labels().size();
		int every = Math.max(1, (int) Math.ceil(count / 8.0));
		for (int i = 0; i < count; i++) {
			double x = xAt(i, count, left, plotWidth);
			if (i % every == 0) {
				svg.append(text(x, top + plotHeight + 16, "middle", "tick", chart.labels().get(i)));
			}
		}
		for (int s = 0; s < chart.series().size(); s++) {
			Series series = chart.series().get(s);
			StringBuilder path = new StringBuilder();
			boolean pen = false;
			for (int i = 0; i < count; i++) {
				Double value = series.at(i);
				if (value == null) {
					pen = false;
					continue;
				}
				double x = xAt(i, count, left, plotWidth);
				double y = top + plotHeight - scale(value, max, plotHeight);
				path.append(pen ? " L" : (path.isEmpty() ? "M" : " M")).append(num(x)).append(' ').append(num(y));
				pen = true;
				svg.append("<circle cx=\"")
					.append(num(x))
					.append("\" cy=\"")
					.append(num(y))
					.append("\" r=\"2.5\" fill=\"")
					.append(colour(s))
					.append("\"/>");
			}
			if (!path.isEmpty()) {
				svg.append("<path class=\"series\" d=\"")
					.append(path)
					.append("\" fill=\"none\" stroke=\"")
					.append(colour(s))
					.append("\" stroke-width=\"2\"/>");
			}
		}
		svg.append(text(left + plotWidth / 2.0, top + plotHeight + 36, "middle", "axis-label", chart.labelAxis()));
		svg.append(verticalLabel(top + plotHeight / 2.0, chart.valueAxis()));
		if (legend > 0) {
			for (int s = 0; s < chart.series().size(); s++) {
				int y = top + plotHeight + 52 + 18 * s;
				svg.append("<rect x=\"")
					.append(left)
					.append("\" y=\"")
					.append(y - 9)
					.append("\" width=\"12\" height=\"4\" fill=\"")
					.append(colour(s))
					.append("\"/>");
				svg.append(text(left + 18, y - 3, "start", "legend", chart.series().get(s).name()));
			}
		}
		return close(svg);
	}

	/** Draws one label's row of a horizontal chart, whose top edge is at y. */
	private interface Row {

		void draw(StringBuilder svg, int index, double y, double max, int plotWidth);

	}

	private static String bars(Chart chart) {
		Series series = chart.series().getFirst();
		return horizontal(chart, (svg, i, y, max, plotWidth) -> {
			Double value = series.at(i);
			if (value != null) {
				svg.append("<rect class=\"bar\" x=\"")
					.append(LEFT)
					.append("\" y=\"")
					.append(num(y + 4))
					.append("\" width=\"")
					.append(num(scale(value, max, plotWidth)))
					.append("\" height=\"")
					.append(ROW - 8)
					.append("\" fill=\"")
					.append(colour(0))
					.append("\"><title>")
					.append(escape(chart.labels().get(i) + ": " + chart.format().format(value)))
					.append("</title></rect>");
			}
		});
	}

	private static String ranges(Chart chart) {
		return horizontal(chart, (svg, i, y, max, plotWidth) -> {
			double middle = y + ROW / 2.0;
			Double[] five = new Double[5];
			for (int s = 0; s < 5; s++) {
				five[s] = chart.series().get(s).at(i);
			}
			if (java.util.Arrays.stream(five).anyMatch(Objects::isNull)) {
				return;
			}
			double low = LEFT + scale(five[0], max, plotWidth);
			double q1 = LEFT + scale(five[1], max, plotWidth);
			double median = LEFT + scale(five[2], max, plotWidth);
			double q3 = LEFT + scale(five[3], max, plotWidth);
			double high = LEFT + scale(five[4], max, plotWidth);
			svg.append("<g class=\"range\"><title>")
				.append(escape(chart.labels().get(i) + ": " + chart.series().get(2).name() + " "
						+ chart.format().format(five[2])))
				.append("</title>");
			svg.append(line(low, middle, q1, middle)).append(line(q3, middle, high, middle));
			svg.append("<rect x=\"")
				.append(num(q1))
				.append("\" y=\"")
				.append(num(y + 5))
				.append("\" width=\"")
				.append(num(Math.max(1, q3 - q1)))
				.append("\" height=\"")
				.append(ROW - 10)
				.append("\" fill=\"")
				.append(colour(0))
				.append("\" fill-opacity=\"0.35\" stroke=\"")
				.append(colour(0))
				.append("\"/>");
			svg.append("<line class=\"median\" x1=\"")
				.append(num(median))
				.append("\" y1=\"")
				.append(num(y + 3))
				.append("\" x2=\"")
				.append(num(median))
				.append("\" y2=\"")
				.append(num(y + ROW - 3))
				.append("\" stroke=\"#111827\" stroke-width=\"2\"/></g>");
		});
	}

	/** Labels down the left, values along the bottom from zero, a row per label. */
	private static String horizontal(Chart chart, Row row) {
		int top = 8;
		int plotHeight = Math.max(ROW, ROW * chart.labels().size());
		int height = top + plotHeight + 44;
		double max = niceMax(max(chart));
		StringBuilder svg = open(chart, height);
		int plotWidth = WIDTH - LEFT - RIGHT;
		valueGrid(svg, chart, max, LEFT, top, plotWidth, plotHeight, true);
		for (int i = 0; i < chart.labels().size(); i++) {
			double y = top + ROW * i;
			svg.append(text(LEFT - 6, y + ROW / 2.0 + 4, "end", "tick", chart.labels().get(i)));
			row.draw(svg, i, y, max, plotWidth);
		}
		svg.append(text(LEFT + plotWidth / 2.0, top + plotHeight + 36, "middle", "axis-label", chart.valueAxis()));
		svg.append(verticalLabel(top + plotHeight / 2.0, chart.labelAxis()));
		return close(svg);
	}

	private static StringBuilder open(Chart chart, int height) {
		StringBuilder svg = new StringBuilder(4096);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-")
			.append(chart.kind().name().toLowerCase(Locale.ROOT))
			.append("\" role=\"img\" viewBox=\"0 0 ")
			.append(WIDTH)
			.append(' ')
			.append(height)
			.append("\" width=\"")
			.append(WIDTH)
			.append("\" height=\"")
			.append(height)
			.append("\" font-family=\"system-ui, sans-serif\" font-size=\"11\"><title>")
			.append(escape(chart.title()))
			.append("</title><desc>")
			.append(escape(description(chart)))
			.append("</desc>");
		if (chart.isEmpty()) {
			svg.append(text(WIDTH / 2.0, height / 2.0, "middle", "empty", "No data to show"));
		}
		return svg;
	}

	private static String close(StringBuilder svg) {
		return svg.append("</svg>").toString();
	}

	private static String description(Chart chart) {
		String names = String.join(", ", chart.series().stream().map(Series::name).toList());
		return chart.valueAxis() + " (" + names + ") by " + chart.labelAxis().toLowerCase(Locale.ROOT) + ", "
				+ chart.labels().size() + " " + (chart.labels().size() == 1 ? "entry" : "entries")
				+ "; the table beside the chart holds the same numbers.";
	}

	/** Grid lines and value ticks at 0, 1/4, ... of the maximum. */
	private static void valueGrid(StringBuilder svg, Chart chart, double max, int left, int top, int plotWidth,
			int plotHeight, boolean horizontal) {
		for (int t = 0; t <= 4; t++) {
			double value = max * t / 4;
			String label = chart.format().format(value);
			if (horizontal) {
				double x = left + plotWidth * t / 4.0;
				svg.append(gridLine(x, top, x, top + plotHeight));
				svg.append(text(x, top + plotHeight + 14, "middle", "tick", label));
			}
			else {
				double y = top + plotHeight - plotHeight * t / 4.0;
				svg.append(gridLine(left, y, left + plotWidth, y));
				svg.append(text(left - 6, y + 4, "end", "tick", label));
			}
		}
	}

	static double max(Chart chart) {
		return chart.series()
			.stream()
			.flatMap(row -> row.values().stream())
			.filter(Objects::nonNull)
			.mapToDouble(Double::doubleValue)
			.max()
			.orElse(0);
	}

	/**
	 * The smallest 1, 2, 2.5 or 5 times a power of ten at or above the value; 1 for none.
	 */
	static double niceMax(double value) {
		if (value <= 0 || Double.isNaN(value) || Double.isInfinite(value)) {
			return 1;
		}
		double power = Math.pow(10, Math.floor(Math.log10(value)));
		for (double step : new double[] { 1, 2, 2.5, 5, 10 }) {
			if (step * power >= value * (1 - 1e-12)) {
				return step * power;
			}
		}
		return 10 * power;
	}

	static double scale(double value, double max, double length) {
		return Math.max(0, Math.min(length, value / max * length));
	}

	private static double xAt(int index, int count, int left, int plotWidth) {
		return count <= 1 ? left + plotWidth / 2.0 : left + plotWidth * index / (double) (count - 1);
	}

	private static String colour(int index) {
		return COLOURS.get(index % COLOURS.size());
	}

	private static String gridLine(double x1, double y1, double x2, double y2) {
		return "<line class=\"grid\" x1=\"" + num(x1) + "\" y1=\"" + num(y1) + "\" x2=\"" + num(x2) + "\" y2=\""
				+ num(y2) + "\" stroke=\"#e5e7eb\"/>";
	}

	private static String line(double x1, double y1, double x2, double y2) {
		return "<line x1=\"" + num(x1) + "\" y1=\"" + num(y1) + "\" x2=\"" + num(x2) + "\" y2=\"" + num(y2)
				+ "\" stroke=\"#374151\"/>";
	}

	private static String text(double x, double y, String anchor, String css, String content) {
		return "<text class=\"" + css + "\" x=\"" + num(x) + "\" y=\"" + num(y) + "\" text-anchor=\"" + anchor
				+ "\" fill=\"#374151\">" + escape(content) + "</text>";
	}

	private static String verticalLabel(double middle, String content) {
		return "<text class=\"axis-label\" transform=\"translate(12 " + num(middle)
				+ ") rotate(-90)\" text-anchor=\"middle\" fill=\"#374151\">" + escape(content) + "</text>";
	}

	static String num(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	/** Text made safe for SVG (XML) content and attribute values. */
	public static String escape(@Nullable String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> {
					if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

}
