package dev.backboard.syndication.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

import tools.jackson.databind.json.JsonMapper;

import dev.backboard.core.BackboardProperties;
import dev.backboard.jobs.DescriptionRenderer;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobLocation;
import dev.backboard.jobs.JobService;
import dev.backboard.web.Formats;
import dev.backboard.syndication.SyndicationProperties;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every published job, for aggregators: the XML that Indeed-style importers read
 * ({@code <source>} with one {@code <job>} each, descriptions in CDATA) and the same as
 * JSON. Jobs are read and written a page at a time, each page in a short read-only
 * transaction, so a large board streams in constant memory.
 */
@Component
public class FullFeed {

	private static final int PAGE = 500;

	private static final DateTimeFormatter DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

	private final JobService jobs;

	private final DescriptionRenderer descriptions;

	private final BackboardProperties board;

	private final SyndicationProperties properties;

	private final TransactionTemplate readOnly;

	private final JsonMapper json;

	FullFeed(JobService jobs, DescriptionRenderer descriptions, BackboardProperties board,
			SyndicationProperties properties, PlatformTransactionManager transactions, JsonMapper json) {
		this.jobs = jobs;
		this.descriptions = descriptions;
		this.board = board;
		this.properties = properties;
		this.json = json;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	public void writeXml(OutputStream out) {
		try (Xml xml = Xml.to(out)) {
			xml.start("source").element("publisher", properties.publisher()).element("publisherurl", board.baseUrl());
			xml.element("lastBuildDate", DATE.format(Instant.now().atOffset(ZoneOffset.UTC)));
			eachJob(job -> {
				xml.start("job")
					.cdataElement("title", job.title())
					.cdataElement("date", DATE.format(job.date().atOffset(ZoneOffset.UTC)));
				xml.cdataElement("referencenumber", Long.toString(job.referenceNumber()))
					.cdataElement("url", job.url())
					.cdataElement("company", job.company())
					.cdataElement("city", job.city() == null ? "" : job.city())
					.cdataElement("country", job.country() == null ? "" : job.country())
					.cdataElement("description", job.descriptionHtml())
					.cdataElement("jobtype", job.jobType())
					.cdataElement("remotetype", job.remote());
				if (job.salaryCurrency() != null) {
					xml.cdataElement("salary", Formats.salary(job.salaryMin(), job.salaryMax(), job.salaryCurrency(),
							String.valueOf(job.salaryPeriod())));
				}
				if (job.validThrough() != null) {
					xml.cdataElement("expirationdate", DATE.format(job.validThrough().atOffset(ZoneOffset.UTC)));
				}
				xml.cdataElement("category", String.join(", ", job.skills()));
				xml.end();
			});
			xml.end();
		}
	}

	public void writeJson(OutputStream out) throws IOException {
		out.write("{\"publisher\":".getBytes(StandardCharsets.UTF_8));
		out.write(json.writeValueAsBytes(properties.publisher()));
		out.write(",\"publisherUrl\":".getBytes(StandardCharsets.UTF_8));
		out.write(json.writeValueAsBytes(board.baseUrl()));
		out.write(",\"jobs\":[".getBytes(StandardCharsets.UTF_8));
		boolean[] first = { true };
		eachJob(job -> {
			try {
				out.write(first[0] ? new byte[0] : new byte[] { ',' });
				out.write(json.writeValueAsBytes(job));
				first[0] = false;
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
		out.write("]}".getBytes(StandardCharsets.UTF_8));
	}

	private void eachJob(Consumer<FeedJob> sink) {
		long after = 0;
		List<FeedJob> page;
		do {
			long from = after;
			page = readOnly.execute(status -> jobs.publishedAfter(from, PAGE).stream().map(this::feedJob).toList());
			if (page == null || page.isEmpty()) {
				return;
			}
			page.forEach(sink);
			after = page.get(page.size() - 1).referenceNumber();
		}
		while (page.size() == PAGE);
	}

	private FeedJob feedJob(Job job) {
		List<JobLocation> places = job.getLocations();
		JobLocation first = places.isEmpty() ? null : places.get(0);
		var salary = job.getSalary();
		return new FeedJob(job.getId(), job.getTitle(), board.baseUrl() + "/jobs/" + job.getSlug(),
				job.getCompany().getName(), job.getPostedAt() == null ? job.getCreatedAt() : job.getPostedAt(),
				job.getValidThrough(), first == null ? null : first.city(), first == null ? null : first.countryCode(),
				places.stream().map(JobLocation::label).toList(), job.getWorkplaceType().name(),
				job.getEmploymentType().name(), descriptions.html(job), salary.map(s -> s.min()).orElse(null),
				salary.map(s -> s.max()).orElse(null), salary.map(s -> s.currency()).orElse(null),
				salary.map(s -> s.period().name()).orElse(null), job.getSkillSlugs());
	}

}
