package dev.backboard.jobs;

import java.util.Collection;
import java.util.List;

/**
 * Notices about jobs from other modules, shown to the job's employer (the still-live
 * check says a job's apply page is gone). Without an implementation there are none.
 */
public interface JobNotices {

	/** The notices about any of these jobs. */
	List<JobNotice> about(Collection<Long> jobIds);

}
