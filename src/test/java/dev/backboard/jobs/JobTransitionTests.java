package dev.backboard.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.backboard.companies.Company;
import dev.backboard.support.SampleJobs;

import static dev.backboard.jobs.JobStatus.CLOSED;
import static dev.backboard.jobs.JobStatus.DRAFT;
import static dev.backboard.jobs.JobStatus.EXPIRED;
import static dev.backboard.jobs.JobStatus.FILLED;
import static dev.backboard.jobs.JobStatus.IN_REVIEW;
import static dev.backboard.jobs.JobStatus.PENDING_PAYMENT;
import static dev.backboard.jobs.JobStatus.PUBLISHED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobTransitionTests {

	private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

	private static final Duration VALIDITY = Duration.ofDays(30);

	/** Written out here rather than read from JobAction, so that a change there shows. */
	private static final Map<JobAction, Set<JobStatus>> ALLOWED = Map.of(JobAction.EDIT,
			EnumSet.of(DRAFT, IN_REVIEW, PUBLISHED), JobAction.SUBMIT, EnumSet.of(DRAFT), JobAction.SETTLE_PAYMENT,
			EnumSet.of(PENDING_PAYMENT), JobAction.APPROVE, EnumSet.of(IN_REVIEW), JobAction.REJECT,
			EnumSet.of(IN_REVIEW), JobAction.RENEW, EnumSet.of(PUBLISHED, EXPIRED), JobAction.RELIST,
			EnumSet.of(EXPIRED, FILLED, CLOSED), JobAction.MARK_FILLED, EnumSet.of(PUBLISHED, EXPIRED), JobAction.CLOSE,
			EnumSet.of(DRAFT, PENDING_PAYMENT, IN_REVIEW, PUBLISHED, EXPIRED, FILLED));

	private static final Map<JobAction, JobStatus> RESULT = Map.of(JobAction.SUBMIT, PENDING_PAYMENT,
			JobAction.SETTLE_PAYMENT, IN_REVIEW, JobAction.APPROVE, PUBLISHED, JobAction.REJECT, DRAFT, JobAction.RENEW,
			PUBLISHED, JobAction.RELIST, PENDING_PAYMENT, JobAction.MARK_FILLED, FILLED, JobAction.CLOSE, CLOSED);

	static Stream<Arguments> everyActionFromEveryStatus() {
		return ALLOWED.keySet()
			.stream()
			.flatMap(action -> Stream.of(JobStatus.values()).map(status -> Arguments.of(action, status)));
	}

	@ParameterizedTest(name = "{0} from {1}")
	@MethodSource("everyActionFromEveryStatus")
	void allowsOrRefusesEachActionFromEachStatus(JobAction action, JobStatus status) {
		Job job = in(status);
		job.drainChanges();
		assertThat(job.can(action)).isEqualTo(ALLOWED.get(action).contains(status));

		if (ALLOWED.get(action).contains(status)) {
			perform(action, job);
			JobStatus expected = action == JobAction.EDIT ? status : RESULT.get(action);
			assertThat(job.getStatus()).isEqualTo(expected);
			if (action != JobAction.EDIT) {
				assertThat(job.drainChanges()).extracting(StatusChange::from, StatusChange::to)
					.containsExactly(org.assertj.core.groups.Tuple.tuple(status, expected));
			}
		}
		else {
			assertThatThrownBy(() -> perform(action, job)).isInstanceOfSatisfying(JobTransitionRefused.class,
					ex -> assertThat(ex.status()).isEqualTo(status));
			assertThat(job.getStatus()).isEqualTo(status);
			assertThat(job.drainChanges()).isEmpty();
		}
	}

	@Test
	void onlyAPublishedJobPastItsDateExpires() {
		for (JobStatus status : JobStatus.values()) {
			Job job = in(status);
			boolean expired = job.expireIfDue(NOW.plus(Duration.ofDays(400)));
			assertThat(expired).as(status.name()).isEqualTo(status == PUBLISHED);
		}
		assertThat(in(PUBLISHED).expireIfDue(NOW.plus(Duration.ofDays(1)))).isFalse();
	}

	@Test
	void submittingWithoutModerationPublishesThroughThePaymentStep() {
		Job job = draft();
		job.drainChanges();

		job.submit(NOW);
		job.settlePayment(false, NOW, VALIDITY);

		assertThat(job.getStatus()).isEqualTo(PUBLISHED);
		assertThat(job.drainChanges()).extracting(StatusChange::from, StatusChange::to)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(DRAFT, PENDING_PAYMENT),
					org.assertj.core.groups.Tuple.tuple(PENDING_PAYMENT, PUBLISHED));
		assertThat(job.getPostedAt()).isEqualTo(NOW);
		assertThat(job.getValidThrough()).isEqualTo(NOW.plus(VALIDITY));
	}

	@Test
	void aDraftHasNoPostingDateAndNoPublicPage() {
		Job job = draft();

		assertThat(job.getPostedAt()).isNull();
		assertThat(job.getValidThrough()).isNull();
		assertThat(job.isPublic()).isFalse();
	}

	@Test
	void relistingKeepsTheFirstPublicationDate() {
		Job job = in(FILLED);
		Instant later = NOW.plus(Duration.ofDays(60));

		job.relist(later);
		job.settlePayment(true, later, VALIDITY);
		job.approve(later, VALIDITY);

		assertThat(job.getPostedAt()).isEqualTo(NOW);
		assertThat(job.getValidThrough()).isEqualTo(later.plus(VALIDITY));
	}

	@Test
	void rejectionNeedsAReasonAndLeavesItOnTheDraft() {
		Job job = in(IN_REVIEW);

		assertThatThrownBy(() -> job.reject("  ", NOW)).isInstanceOfSatisfying(InvalidJob.class,
				ex -> assertThat(ex.fieldErrors()).containsKey("reason"));
		assertThat(job.getStatus()).isEqualTo(IN_REVIEW);

		job.drainChanges();
		job.reject("The salary is missing", NOW);
		assertThat(job.getStatus()).isEqualTo(DRAFT);
		assertThat(job.getRejectionReason()).isEqualTo("The salary is missing");
		assertThat(job.drainChanges()).extracting(StatusChange::reason).containsExactly("The salary is missing");

		job.submit(NOW);
		assertThat(job.getRejectionReason()).isNull();
	}

	@Test
	void renewingExtendsTheValidityAndClearsTheWarning() {
		Job job = in(PUBLISHED);
		assertThat(job.markExpiryWarned(NOW)).isTrue();
		assertThat(job.markExpiryWarned(NOW)).isFalse();
		Instant later = NOW.plus(Duration.ofDays(28));

		job.renew(later, VALIDITY);

		assertThat(job.getValidThrough()).isEqualTo(later.plus(VALIDITY));
		assertThat(job.getExpiryWarnedAt()).isNull();
		assertThat(job.markExpiryWarned(later)).isTrue();
	}

	@Test
	void editingTheContentOfAPublishedJobSendsItBackToReview() {
		Job job = in(PUBLISHED);

		boolean rereview = job.revise(details("Senior Go Engineer", "Now with more Go."), null, NOW,
				RereviewOnEdit.CONTENT, true);

		assertThat(rereview).isTrue();
		assertThat(job.getStatus()).isEqualTo(IN_REVIEW);
		assertThat(job.isPublic()).isFalse();
	}

	@Test
	void editingOnlyTheTermsOfAPublishedJobKeepsItLive() {
		Job job = in(PUBLISHED);
		JobDetails same = details("Senior Go Engineer", "Services in Go.");
		JobDetails relocating = new JobDetails(same.title(), same.descriptionMarkdown(), same.locations(),
				same.workplaceType(), same.remoteCountries(), same.timezoneMin(), same.timezoneMax(),
				same.employmentType(), same.seniority(), same.salary(), true, true, same.skills(), same.applyUrl(),
				same.applyEmail());

		assertThat(job.revise(relocating, null, NOW, RereviewOnEdit.CONTENT, true)).isFalse();
		assertThat(job.getStatus()).isEqualTo(PUBLISHED);
		assertThat(job.revise(details("Senior Go Engineer", "Other text."), null, NOW, RereviewOnEdit.NEVER, true))
			.isFalse();
		assertThat(job.revise(relocating, null, NOW, RereviewOnEdit.ALWAYS, false)).isFalse();
		assertThat(job.revise(relocating, null, NOW, RereviewOnEdit.ALWAYS, true)).isTrue();
	}

	private static void perform(JobAction action, Job job) {
		switch (action) {
			case EDIT ->
				job.revise(details("Senior Go Engineer", "Services in Go."), null, NOW, RereviewOnEdit.NEVER, true);
			case SUBMIT -> job.submit(NOW);
			case SETTLE_PAYMENT -> job.settlePayment(true, NOW, VALIDITY);
			case APPROVE -> job.approve(NOW, VALIDITY);
			case REJECT -> job.reject("Not a backend job", NOW);
			case RENEW -> job.renew(NOW, VALIDITY);
			case RELIST -> job.relist(NOW);
			case MARK_FILLED -> job.markFilled(NOW);
			case CLOSE -> job.close(null, NOW);
			case EXPIRE -> job.expireIfDue(NOW);
		}
	}

	/** A job brought to the status through the lifecycle itself. */
	private static Job in(JobStatus status) {
		Job job = draft();
		switch (status) {
			case DRAFT -> {
			}
			case PENDING_PAYMENT -> job.submit(NOW);
			case IN_REVIEW -> {
				job.submit(NOW);
				job.settlePayment(true, NOW, VALIDITY);
			}
			case PUBLISHED -> publish(job, NOW);
			case EXPIRED -> {
				publish(job, NOW.minus(Duration.ofDays(40)));
				job.expireIfDue(NOW);
			}
			case FILLED -> {
				publish(job, NOW);
				job.markFilled(NOW);
			}
			case CLOSED -> job.close(null, NOW);
		}
		assertThat(job.getStatus()).isEqualTo(status);
		return job;
	}

	private static void publish(Job job, Instant at) {
		job.submit(at);
		job.settlePayment(true, at, VALIDITY);
		job.approve(at, VALIDITY);
	}

	private static Job draft() {
		return Job.draft(new Company("Transition Test Co", null, null, NOW),
				details("Senior Go Engineer", "Services in Go."), null, NOW, "abc123");
	}

	private static JobDetails details(String title, String description) {
		return SampleJobs
			.job(title, description, WorkplaceType.REMOTE, List.of(), Seniority.SENIOR, null,
					List.of(new JobSkill("go", true)))
			.build();
	}

}
