package dev.backboard.syndication;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import dev.backboard.companies.CompanyRepository;
import dev.backboard.core.Actor;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobService;
import dev.backboard.jobs.JobSkill;
import dev.backboard.jobs.Seniority;
import dev.backboard.jobs.WorkplaceType;
import dev.backboard.search.internal.SearchIndexInitializer;
import dev.backboard.support.Api;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.SampleJobs;
import dev.backboard.support.SearchIndexSync;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feeds, sitemaps and the full job feed, read over HTTP and parsed with a real XML parser
 * against what RSS 2.0, Atom 1.0 and sitemaps.org require.
 */
@IntegrationTest
@TestPropertySource(
		properties = { "backboard.test.context=syndication-webhooks", "backboard.syndication.sitemap-file-size=3",
				"backboard.webhooks.allowed-addresses=127.0.0.1/32", "backboard.webhooks.require-https=false" })
class FeedsIntegrationTests {

	static final String ATOM = "http://www.w3.org/2005/Atom";

	static final String SITEMAPS = "http://www.sitemaps.org/schemas/sitemap/0.9";

	static final String HOSTILE_TITLE = "Engineer <script>alert(1)</script> & \"]]> \u0001 'quoted'";

	@LocalServerPort
	int port;

	@Autowired
	SampleJobs samples;

	@Autowired
	JobService jobs;

	@Autowired
	CompanyRepository companies;

	@Autowired
	SearchIndexInitializer searchIndex;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@BeforeEach
	void indexIsUpToDate() {
		SearchIndexSync.awaitUpToDate(searchIndex, jdbc, entityManagerFactory);
	}

	@Test
	void rssOfASearchListsExactlyTheSearchsJobsNewestFirst() {
		Api.Response response = get("/jobs.rss?skills=go");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Content-Type")).startsWith("application/rss+xml");
		Element rss = parse(response.body()).getDocumentElement();
		assertThat(rss.getLocalName()).isEqualTo("rss");
		assertThat(rss.getAttribute("version")).isEqualTo("2.0");
		Element channel = only(rss, null, "channel");
		assertThat(text(channel, null, "title")).isNotBlank();
		assertThat(text(channel, null, "link")).endsWith("/jobs?skills=go");
		assertThat(text(channel, null, "description")).isNotBlank();
		List<Element> items = children(channel, null, "item");
		assertThat(items).extracting(item -> text(item, null, "link"))
			.containsExactly(url("go-remote-eu") + "?src=feed", url("go-remote-anywhere") + "?src=feed");
		for (Element item : items) {
			assertThat(text(item, null, "title")).isNotBlank();
			// The link says where the reader came from; the permalink stays the page.
			assertThat(text(item, null, "link")).isEqualTo(text(item, null, "guid") + "?src=feed");
			assertThat(text(item, null, "pubDate")).matches("\\w{3}, \\d{1,2} \\w{3} \\d{4} .*GMT");
		}
	}

	@Test
	void atomOfASearchHasTheElementsAtomRequires() {
		Element feed = parse(get("/jobs.atom?workplace=REMOTE&country=DE").body()).getDocumentElement();

		assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
		assertThat(feed.getLocalName()).isEqualTo("feed");
		assertThat(text(feed, ATOM, "id")).isNotBlank();
		assertThat(text(feed, ATOM, "title")).isNotBlank();
		assertThat(Instant.parse(text(feed, ATOM, "updated"))).isNotNull();
		List<Element> entries = children(feed, ATOM, "entry");
		assertThat(entries).isNotEmpty();
		for (Element entry : entries) {
			assertThat(text(entry, ATOM, "id")).startsWith("http");
			assertThat(text(entry, ATOM, "title")).isNotBlank();
			assertThat(Instant.parse(text(entry, ATOM, "updated"))).isNotNull();
			assertThat(text(only(entry, ATOM, "author"), ATOM, "name")).isNotBlank();
		}
		assertThat(entries).extracting(entry -> text(entry, ATOM, "id")).contains(url("go-remote-eu"));
	}

	@Test
	void companyAndSkillFeedsListTheirJobsAndThePagesLinkToThem() {
		Job acmeJob = samples.get("go-remote-eu");
		String company = acmeJob.getCompany().getSlug();

		List<String> companyLinks = itemLinks(get("/companies/" + company + "/jobs.rss").body());
		assertThat(companyLinks).contains(url("go-remote-eu"), url("node-new-york")).doesNotContain(url("java-munich"));
		List<String> skillLinks = itemLinks(get("/skills/golang/jobs.rss").body());
		assertThat(skillLinks).containsExactlyInAnyOrder(url("go-remote-eu"), url("go-remote-anywhere"));
		assertThat(get("/skills/go").body()).contains("<link rel=\"alternate\" type=\"application/rss+xml\"")
			.contains("href=\"/skills/go/jobs.rss\"")
			.contains("href=\"/skills/go/jobs.atom\"");
		assertThat(get("/companies/" + company).body()).contains("href=\"/companies/" + company + "/jobs.rss\"");
		assertThat(get("/jobs?skills=go&workplace=REMOTE").body())
			.contains("href=\"/jobs.rss?skills=go&amp;workplace=REMOTE\"");
		assertThat(get("/companies/no-such-company/jobs.rss").status()).isEqualTo(404);
	}

	@Test
	void answersNotModifiedUntilTheFeedChanges() {
		Api.Response first = get("/jobs.rss?skills=rust");
		String etag = first.header("ETag");
		assertThat(etag).isNotBlank();
		assertThat(first.header("Last-Modified")).isNotBlank();

		assertThat(send("/jobs.rss?skills=rust", Map.of("If-None-Match", etag)).status()).isEqualTo(304);
		assertThat(send("/jobs.rss?skills=rust", Map.of("If-Modified-Since", first.header("Last-Modified"))).status())
			.isEqualTo(304);

		publish("Rust Engineer, Ingest", "Rust services for ingest.", "rust");
		Api.Response changed = send("/jobs.rss?skills=rust", Map.of("If-None-Match", etag));
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.header("ETag")).isNotEqualTo(etag);
		assertThat(itemTitles(changed.body())).contains("Rust Engineer, Ingest");
	}

	@Test
	void hostileTitlesAreEscapedAndTheFeedStaysWellFormed() {
		publish(HOSTILE_TITLE, "Elixir and Erlang on the BEAM.", "elixir");

		String rss = get("/jobs.rss?skills=elixir").body();
		String atom = get("/jobs.atom?skills=elixir").body();
		String full = get("/feeds/jobs.xml").body();

		String expected = HOSTILE_TITLE.replace("\u0001", "");
		assertThat(itemTitles(rss)).contains(expected);
		assertThat(rss).doesNotContain("<script>");
		List<String> atomTitles = new ArrayList<>();
		children(parse(atom).getDocumentElement(), ATOM, "entry").forEach(e -> atomTitles.add(text(e, ATOM, "title")));
		assertThat(atomTitles).contains(expected);
		List<String> fullTitles = new ArrayList<>();
		children(parse(full).getDocumentElement(), null, "job")
			.forEach(job -> fullTitles.add(text(job, null, "title")));
		assertThat(fullTitles).contains(expected);
	}

	@Test
	void badParametersAreAProblemNamingTheParameter() {
		Api.Response response = get("/jobs.rss?radius=9999&near=Berlin");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().get("errors").get(0).get("parameter").asString()).isEqualTo("radius");
		assertThat(get("/jobs.atom?workplace=MOON").status()).isEqualTo(400);
	}

	@Test
	void sitemapIndexSplitsJobsIntoFilesAndClosedJobsLeaveIt() {
		Job closing = publish("Scala Engineer", "Scala and Akka.", "scala");

		Element index = parse(get("/sitemap.xml").body()).getDocumentElement();
		assertThat(index.getNamespaceURI()).isEqualTo(SITEMAPS);
		assertThat(index.getLocalName()).isEqualTo("sitemapindex");
		List<String> files = children(index, SITEMAPS, "sitemap").stream().map(s -> text(s, SITEMAPS, "loc")).toList();
		assertThat(files).first().asString().endsWith("/sitemaps/pages.xml");
		List<String> jobUrls = new ArrayList<>();
		for (String file : files.subList(1, files.size())) {
			Element urlset = parse(get(file.substring(file.indexOf("/sitemaps/"))).body()).getDocumentElement();
			assertThat(urlset.getLocalName()).isEqualTo("urlset");
			List<Element> urls = children(urlset, SITEMAPS, "url");
			assertThat(urls).hasSizeBetween(1, 3);
			for (Element url : urls) {
				jobUrls.add(text(url, SITEMAPS, "loc"));
				assertThat(Instant.parse(text(url, SITEMAPS, "lastmod"))).isNotNull();
			}
		}
		assertThat(files).hasSize(1 + (int) ((jobs.countPublished() + 2) / 3));
		assertThat(jobUrls).hasSize((int) jobs.countPublished()).contains(url("java-munich"), url(closing));

		Element pages = parse(get("/sitemaps/pages.xml").body()).getDocumentElement();
		List<String> pageUrls = children(pages, SITEMAPS, "url").stream().map(u -> text(u, SITEMAPS, "loc")).toList();
		assertThat(pageUrls).anyMatch(u -> u.endsWith("/skills/go"))
			.anyMatch(u -> u.endsWith("/companies/" + closing.getCompany().getSlug()));

		jobs.close(closing.getCompany().getId(), closing.getId(), Actor.system());
		List<String> after = new ArrayList<>();
		Element newIndex = parse(get("/sitemap.xml").body()).getDocumentElement();
		for (Element file : children(newIndex, SITEMAPS, "sitemap")) {
			String loc = text(file, SITEMAPS, "loc");
			if (loc.contains("/sitemaps/jobs-")) {
				Element urlset = parse(get(loc.substring(loc.indexOf("/sitemaps/"))).body()).getDocumentElement();
				children(urlset, SITEMAPS, "url").forEach(u -> after.add(text(u, SITEMAPS, "loc")));
			}
		}
		assertThat(after).doesNotContain(url(closing)).contains(url("java-munich"));
		assertThat(get("/sitemaps/jobs-999.xml").status()).isEqualTo(404);
	}

	@Test
	void robotsTxtPointsToTheSitemap() {
		Api.Response robots = get("/robots.txt");

		assertThat(robots.status()).isEqualTo(200);
		assertThat(robots.body()).contains("Sitemap: http").contains("/sitemap.xml").contains("Disallow: /employer/");
	}

	@Test
	void fullFeedCarriesEveryPublishedJobWithItsDescriptionInCdata() {
		String xml = get("/feeds/jobs.xml").body();
		Element source = parse(xml).getDocumentElement();

		assertThat(source.getLocalName()).isEqualTo("source");
		assertThat(text(source, null, "publisher")).isEqualTo("Backboard");
		List<Element> all = children(source, null, "job");
		assertThat(all).hasSize((int) jobs.countPublished());
		Element munich = all.stream()
			.filter(job -> text(job, null, "url").equals(url("java-munich")))
			.findFirst()
			.orElseThrow();
		assertThat(text(munich, null, "company")).isEqualTo("Kestrel Health");
		assertThat(text(munich, null, "city")).isEqualTo("Munich");
		assertThat(text(munich, null, "country")).isEqualTo("DE");
		assertThat(text(munich, null, "description")).contains("<p>").contains("Spring Boot");
		assertThat(only(munich, null, "description").getFirstChild().getNodeType()).isEqualTo(Node.CDATA_SECTION_NODE);
		assertThat(text(munich, null, "referencenumber")).isEqualTo(samples.get("java-munich").getId().toString());
		assertThat(xml).doesNotContain("<script>alert('x')</script>");

		Api.Response json = get("/feeds/jobs.json");
		assertThat(json.header("Content-Type")).startsWith("application/json");
		var jsonJobs = json.json().get("jobs");
		assertThat(jsonJobs.size()).isEqualTo(all.size());
		List<String> jsonUrls = new ArrayList<>();
		jsonJobs.forEach(job -> jsonUrls.add(job.get("url").asString()));
		assertThat(jsonUrls).contains(url("java-munich"));
	}

	private Job publish(String title, String description, String skill) {
		var company = samples.get("java-munich").getCompany();
		Job job = jobs.publish(company.getId(),
				SampleJobs
					.job(title, description, WorkplaceType.REMOTE, List.of(), Seniority.SENIOR, null,
							List.of(new JobSkill(skill, true)))
					.build());
		SearchIndexSync.awaitUpToDate(searchIndex, jdbc, entityManagerFactory);
		return job;
	}

	private String url(String key) {
		return url(samples.get(key));
	}

	private String url(Job job) {
		return "http://localhost:" + port + "/jobs/" + job.getSlug();
	}

	private Api.Response get(String path) {
		return new Api(port).get(path);
	}

	private Api.Response send(String path, Map<String, String> headers) {
		return new Api(port).send("GET", path, headers);
	}

	private static List<String> itemLinks(String rss) {
		return children(only(parse(rss).getDocumentElement(), null, "channel"), null, "item").stream()
			.map(item -> text(item, null, "guid"))
			.toList();
	}

	private static List<String> itemTitles(String rss) {
		return children(only(parse(rss).getDocumentElement(), null, "channel"), null, "item").stream()
			.map(item -> text(item, null, "title"))
			.toList();
	}

	/** A namespace-aware parser that refuses DTDs, as any feed reader should. */
	static Document parse(String xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception ex) {
			throw new AssertionError("Not well-formed XML: " + ex.getMessage() + "\n" + xml, ex);
		}
	}

	static List<Element> children(Element parent, String namespace, String name) {
		List<Element> found = new ArrayList<>();
		NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i) instanceof Element element && element.getLocalName().equals(name)
					&& java.util.Objects.equals(element.getNamespaceURI(), namespace)) {
				found.add(element);
			}
		}
		return found;
	}

	static Element only(Element parent, String namespace, String name) {
		List<Element> found = children(parent, namespace, name);
		assertThat(found).as("exactly one <%s> in <%s>", name, parent.getLocalName()).hasSize(1);
		return found.get(0);
	}

	static String text(Element parent, String namespace, String name) {
		return only(parent, namespace, name).getTextContent();
	}

}
