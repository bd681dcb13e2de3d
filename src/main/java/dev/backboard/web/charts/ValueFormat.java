package dev.backboard.web.charts;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How a chart writes its numbers on the axis and in its table.
 */
public enum ValueFormat {

	/** Whole numbers with thousands separators: 1,204. */
	INTEGER("#,##0"),
	/** Fractions of one shown as percentages with one decimal: 0.125 is 12.5%. */
	PERCENT("0.0'%'"),
	/** One decimal: 3.5. */
	DECIMAL("#,##0.0");

	private final String pattern;

	ValueFormat(String pattern) {
		this.pattern = pattern;
	}

	public String format(double value) {
		DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ENGLISH));
		return format.format(this == PERCENT ? value * 100 : value);
	}

}
