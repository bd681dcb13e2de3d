package dev.backboard.insights.web;

import dev.backboard.web.charts.Chart;

/**
 * A chart and the id of its figure on the page.
 *
 * @param id the figure's element id
 * @param chart what it draws
 */
public record Figure(String id, Chart chart) {
}
