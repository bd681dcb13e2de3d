package dev.backboard.imports.internal;

import java.util.Optional;

import dev.backboard.imports.EditPolicy;
import dev.backboard.imports.Vendor;
import dev.backboard.jobs.JobEditGuard;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refuses edits to a job its source still owns, when its company chose so.
 */
@Component
class ImportEditGuard implements JobEditGuard {

	private final JdbcClient jdbc;

	ImportEditGuard(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<String> refusal(long jobId) {
		return jdbc.sql("""
				select s.vendor from imported_job i join import_source s on s.id = i.source_id
				where i.job_id = :job and i.removed_at is null and s.edit_policy = :refuse limit 1""")
			.param("job", jobId)
			.param("refuse", EditPolicy.REFUSE.name())
			.query(String.class)
			.optional()
			.map(vendor -> "is imported from " + Vendor.valueOf(vendor).label()
					+ "; change the job there, since edits here are refused");
	}

}
