package dev.backboard.webhooks.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.backboard.applications.ApplicationChanged;
import dev.backboard.billing.PaymentRefunded;
import dev.backboard.billing.PaymentSucceeded;
import dev.backboard.billing.PriceKind;
import dev.backboard.core.BackboardProperties;
import dev.backboard.jobs.JobEdited;
import dev.backboard.jobs.JobStatus;
import dev.backboard.jobs.JobStatusChanged;
import dev.backboard.webhooks.WebhookEvent;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns the jobs, applications and billing modules' events into webhook messages. The
 * events come from the event publication registry after their transaction commits, so
 * none is lost when a node stops in between.
 */
@Component
class EventListeners {

	private final Outbox outbox;

	private final BackboardProperties board;

	EventListeners(Outbox outbox, BackboardProperties board) {
		this.outbox = outbox;
		this.board = board;
	}

	@ApplicationModuleListener
	void on(JobStatusChanged change) {
		WebhookEvent event = switch (change.to()) {
			case PUBLISHED -> change.from() == JobStatus.PUBLISHED ? null : WebhookEvent.JOB_PUBLISHED;
			case CLOSED, FILLED -> WebhookEvent.JOB_CLOSED;
			case EXPIRED -> WebhookEvent.JOB_EXPIRED;
			default -> null;
		};
		if (event != null) {
			Map<String, Object> job = job(change.jobId(), change.slug(), change.title(), change.to());
			job.put("previousStatus", change.from() == null ? null : change.from().name());
			outbox.enqueue(change.companyId(), event, Map.of("job", job));
		}
	}

	@ApplicationModuleListener
	void on(JobEdited edit) {
		outbox.enqueue(edit.companyId(), WebhookEvent.JOB_UPDATED,
				Map.of("job", job(edit.jobId(), edit.slug(), edit.title(), JobStatus.PUBLISHED)));
	}

	@ApplicationModuleListener
	void on(ApplicationChanged change) {
		WebhookEvent event = switch (change.change()) {
			case SUBMITTED -> WebhookEvent.APPLICATION_CREATED;
			case STAGE_CHANGED -> WebhookEvent.APPLICATION_STAGE_CHANGED;
			case WITHDRAWN -> WebhookEvent.APPLICATION_WITHDRAWN;
		};
		// Ids and stages only: the receiver reads the candidate's details through the
		// dashboard, so no personal data sits in delivery logs on either side.
		Map<String, Object> application = new LinkedHashMap<>();
		application.put("id", change.applicationId());
		application.put("jobId", change.jobId());
		application.put("stage", change.to() == null ? null : change.to().name());
		application.put("previousStage", change.from() == null ? null : change.from().name());
		application.put("url", board.baseUrl() + "/employer/applications/" + change.applicationId());
		outbox.enqueue(change.companyId(), event, Map.of("application", application));
	}

	@ApplicationModuleListener
	void on(PaymentSucceeded paid) {
		outbox.enqueue(paid.companyId(), WebhookEvent.PAYMENT_SUCCEEDED, Map.of("payment",
				payment(paid.orderId(), paid.jobId(), paid.kind(), paid.amount(), paid.currency(), paid.paidAt())));
	}

	@ApplicationModuleListener
	void on(PaymentRefunded refund) {
		Map<String, Object> payment = payment(refund.orderId(), refund.jobId(), refund.kind(), refund.refundedAmount(),
				refund.currency(), refund.refundedAt());
		payment.put("full", refund.full());
		outbox.enqueue(refund.companyId(), WebhookEvent.PAYMENT_REFUNDED, Map.of("payment", payment));
	}

	/**
	 * What was paid or refunded: amounts in the currency's smallest unit, as Stripe's.
	 */
	private Map<String, Object> payment(long orderId, @Nullable Long jobId, PriceKind kind, long amount,
			String currency, Instant at) {
		Map<String, Object> payment = new LinkedHashMap<>();
		payment.put("orderId", orderId);
		payment.put("jobId", jobId);
		payment.put("kind", kind.name());
		payment.put("amount", amount);
		payment.put("currency", currency);
		payment.put("at", at.toString());
		payment.put("url", board.baseUrl() + "/employer/billing");
		return payment;
	}

	private Map<String, Object> job(long id, String slug, String title, JobStatus status) {
		Map<String, Object> job = new LinkedHashMap<>();
		job.put("id", id);
		job.put("slug", slug);
		job.put("title", title);
		job.put("status", status.name());
		job.put("url", board.baseUrl() + "/jobs/" + slug);
		return job;
	}

}
