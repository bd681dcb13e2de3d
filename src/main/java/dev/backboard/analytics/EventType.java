package dev.backboard.analytics;

/** What an analytics event records. */
public enum EventType {

	SEARCH, JOB_VIEW, APPLY_CLICK, APPLICATION, ALERT_SIGNUP, FEED_FETCH

}
