package dev.backboard.candidates;

/**
 * Where a candidate wants to work from.
 */
public enum RemotePreference {

	REMOTE_ONLY("Remote only"), HYBRID("Hybrid"), ON_SITE("On-site"), ANY("Any");

	private final String label;

	RemotePreference(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
