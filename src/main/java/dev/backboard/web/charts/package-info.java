/**
 * One small server-rendered SVG chart component for every page that draws numbers.
 *
 * <p>
 * Input is generic: a {@link dev.backboard.web.charts.Chart} holds category labels (days,
 * weeks, skills, ...) and one or more named numeric
 * {@link dev.backboard.web.charts.Series} of the same length; a null value is a gap
 * (unknown, or hidden because too few data points stand behind it).
 * {@link dev.backboard.web.charts.SvgCharts} turns a chart into escaped SVG markup with
 * {@code role="img"}, a {@code <title>}, a description and axis labels:
 * <ul>
 * <li>{@code LINE}: one line per series over the labels in order (daily counts, weekly
 * shares);</li>
 * <li>{@code BARS}: horizontal bars, one per label, from the first series;</li>
 * <li>{@code RANGES}: horizontal percentile boxes, one per label, from exactly five
 * series read as low whisker, lower quartile, median, upper quartile and high
 * whisker.</li>
 * </ul>
 * Pages render a chart with the {@code charts/figure} template, which puts the same
 * numbers in a table beside the picture, so screen readers and copy-paste get the data.
 * No JavaScript is involved.
 */
@NullMarked
@org.springframework.modulith.NamedInterface("charts")
package dev.backboard.web.charts;

import org.jspecify.annotations.NullMarked;
