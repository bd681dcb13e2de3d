package dev.backboard.imports.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;

import dev.backboard.imports.EditPolicy;
import dev.backboard.imports.ImportRun;
import dev.backboard.imports.ImportSource;
import dev.backboard.imports.Vendor;

/**
 * Rows of {@code import_source} and {@code import_run} as the module's records.
 */
public final class SourceRows {

	private SourceRows() {
	}

	public static ImportSource source(ResultSet row, int n) throws SQLException {
		Timestamp last = row.getTimestamp("last_synced_at");
		return new ImportSource(row.getLong("id"), row.getLong("company_id"), Vendor.valueOf(row.getString("vendor")),
				row.getString("reference"), row.getBoolean("apply_on_backboard"),
				EditPolicy.valueOf(row.getString("edit_policy")), Duration.ofMinutes(row.getInt("interval_minutes")),
				row.getTimestamp("next_sync_at").toInstant(), row.getInt("consecutive_failures"),
				last == null ? null : last.toInstant());
	}

	public static ImportRun run(ResultSet row, int n) throws SQLException {
		return new ImportRun(row.getTimestamp("started_at").toInstant(), row.getTimestamp("finished_at").toInstant(),
				row.getBoolean("succeeded"), row.getInt("listed"), row.getInt("created"), row.getInt("updated"),
				row.getInt("closed"), row.getInt("failed"), row.getString("error"));
	}

}
