package dev.backboard.web.charts;

import java.util.Arrays;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SvgChartsTests {

	@Test
	void escapesLabelsTitlesAndSeriesNames() throws Exception {
		Chart chart = new Chart(Chart.Kind.BARS, "Pay <script>alert(1)</script>", "Skill & tool", "Share \"of\" jobs",
				ValueFormat.PERCENT, List.of("<img src=x onerror=alert(1)>", "C'est"),
				List.of(new Series("</text><script>", List.of(0.5, 0.25))), List.of(), null);

		String svg = SvgCharts.render(chart);

		assertThat(svg).doesNotContain("<script").doesNotContain("<img").doesNotContain("</text><script>");
		assertThat(svg).contains("Pay &lt;script&gt;alert(1)&lt;/script&gt;")
			.contains("&lt;img src=x onerror=alert(1)&gt;")
			.contains("Skill &amp; tool")
			.contains("Share &quot;of&quot; jobs")
			.contains("C&#39;est");
		Document document = parse(svg);
		assertThat(document.getDocumentElement().getAttribute("role")).isEqualTo("img");
		assertThat(document.getElementsByTagName("title").item(0).getTextContent())
			.isEqualTo("Pay <script>alert(1)</script>");
	}

	@Test
	void barsAreScaledAgainstARoundMaximum() throws Exception {
		Chart chart = new Chart(Chart.Kind.BARS, "Skills together", "Skill", "Share of jobs", ValueFormat.PERCENT,
				List.of("PostgreSQL", "Kafka", "Redis"), List.of(new Series("Share", Arrays.asList(0.8, 0.4, null))),
				List.of(12L, 6L, 2L), null);

		Document document = parse(SvgCharts.render(chart));

		NodeList bars = byClass(document, "rect", "bar");
		assertThat(bars.getLength()).as("no bar for the gap").isEqualTo(2);
		double plot = SvgCharts.WIDTH - 150 - 24;
		// The axis runs to 100%, the round number above 80%.
		assertThat(width(bars.item(0))).isCloseTo(plot * 0.8, org.assertj.core.data.Offset.offset(0.1));
		assertThat(width(bars.item(1))).isCloseTo(plot * 0.4, org.assertj.core.data.Offset.offset(0.1));
		assertThat(texts(document)).contains("100.0%", "50.0%", "0.0%", "PostgreSQL", "Share of jobs", "Skill");
	}

	@Test
	void roundsTheAxisMaximumUp() {
		assertThat(SvgCharts.niceMax(0.5)).isEqualTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(SvgCharts.niceMax(0.8)).isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(SvgCharts.niceMax(173_000)).isEqualTo(200_000);
		assertThat(SvgCharts.niceMax(230_000)).isEqualTo(250_000);
		assertThat(SvgCharts.niceMax(0)).isEqualTo(1);
	}

	@Test
	void aLineBreaksAtGapsAndHasOnePathPerSeries() throws Exception {
		Chart chart = new Chart(Chart.Kind.LINE, "Demand", "Week starting", "Share of new jobs", ValueFormat.PERCENT,
				List.of("1 Dec", "8 Dec", "15 Dec", "22 Dec"),
				List.of(new Series("Go", Arrays.asList(0.1, 0.2, null, 0.4)),
						new Series("Rust", Arrays.asList(0.05, 0.05, 0.05, 0.05))),
				List.of(), null);

		Document document = parse(SvgCharts.render(chart));

		NodeList paths = byClass(document, "path", "series");
		assertThat(paths.getLength()).isEqualTo(2);
		String go = ((Element) paths.item(0)).getAttribute("d");
		assertThat(go.split("M")).as("a new segment after the gap").hasSize(3);
		assertThat(document.getElementsByTagName("circle").getLength()).isEqualTo(7);
		assertThat(texts(document)).contains("Go", "Rust", "Week starting", "Share of new jobs", "1 Dec");
	}

	@Test
	void rangesDrawOneBoxPerShownRowWithTheMedianWhereItBelongs() throws Exception {
		Chart chart = new Chart(Chart.Kind.RANGES, "Salary", "Seniority", "Yearly salary (USD)", ValueFormat.INTEGER,
				List.of("Senior", "Junior"),
				List.of(new Series("p10", Arrays.asList(50_000.0, null)),
						new Series("p25", Arrays.asList(60_000.0, null)),
						new Series("Median", Arrays.asList(100_000.0, null)),
						new Series("p75", Arrays.asList(120_000.0, null)),
						new Series("p90", Arrays.asList(150_000.0, null))),
				List.of(15L, 2L), null);

		Document document = parse(SvgCharts.render(chart));

		assertThat(byClass(document, "g", "range").getLength()).isEqualTo(1);
		Element median = (Element) byClass(document, "line", "median").item(0);
		double plot = SvgCharts.WIDTH - 150 - 24;
		assertThat(Double.parseDouble(median.getAttribute("x1"))).isCloseTo(150 + plot * 100_000 / 200_000,
				org.assertj.core.data.Offset.offset(0.1));
		assertThat(texts(document)).contains("200,000", "Junior");
	}

	@Test
	void anEmptyChartSaysSo() throws Exception {
		Chart chart = new Chart(Chart.Kind.LINE, "Nothing yet", "Day", "Jobs", ValueFormat.INTEGER, List.of(),
				List.of(new Series("Jobs", List.of())), List.of(), null);

		Document document = parse(SvgCharts.render(chart));

		assertThat(chart.isEmpty()).isTrue();
		assertThat(texts(document)).contains("No data to show", "Day", "Jobs");
		assertThat(document.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Nothing yet");
		assertThat(document.getElementsByTagName("path").getLength()).isZero();
	}

	@Test
	void refusesSeriesThatDoNotMatchTheLabels() {
		assertThatThrownBy(() -> new Chart(Chart.Kind.LINE, "t", "x", "y", ValueFormat.INTEGER, List.of("a", "b"),
				List.of(new Series("s", List.of(1.0))), List.of(), null))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Chart(Chart.Kind.RANGES, "t", "x", "y", ValueFormat.INTEGER, List.of("a"),
				List.of(new Series("s", List.of(1.0))), List.of(), null))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void formatsValues() {
		assertThat(ValueFormat.INTEGER.format(157_407.4)).isEqualTo("157,407");
		assertThat(ValueFormat.PERCENT.format(10 / 17.0)).isEqualTo("58.8%");
		assertThat(ValueFormat.DECIMAL.format(3.45)).isEqualTo("3.5");
	}

	private static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(svg.getBytes()));
	}

	private static NodeList byClass(Document document, String tag, String css) {
		NodeList all = document.getElementsByTagName(tag);
		List<Element> found = new java.util.ArrayList<>();
		for (int i = 0; i < all.getLength(); i++) {
			Element element = (Element) all.item(i);
			if (element.getAttribute("class").equals(css)) {
				found.add(element);
			}
		}
		return new NodeList() {
			@Override
			public org.w3c.dom.Node item(int index) {
				return found.get(index);
			}

			@Override
			public int getLength() {
				return found.size();
			}
		};
	}

	private static double width(org.w3c.dom.Node bar) {
		return Double.parseDouble(((Element) bar).getAttribute("width"));
	}

	private static List<String> texts(Document document) {
		NodeList texts = document.getElementsByTagName("text");
		List<String> found = new java.util.ArrayList<>();
		for (int i = 0; i < texts.getLength(); i++) {
			found.add(texts.item(i).getTextContent());
		}
		return found;
	}

}
