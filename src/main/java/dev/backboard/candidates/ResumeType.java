package dev.backboard.candidates;

/**
 * The kinds of résumé files accepted, decided by their bytes.
 */
public enum ResumeType {

	PDF("application/pdf", ".pdf", "PDF"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx", "Word");

	private final String contentType;

	private final String extension;

	private final String label;

	ResumeType(String contentType, String extension, String label) {
		this.contentType = contentType;
		this.extension = extension;
		this.label = label;
	}

	public String contentType() {
		return contentType;
	}

	public String extension() {
		return extension;
	}

	public String label() {
		return label;
	}

	static ResumeType ofContentType(String contentType) {
		for (ResumeType type : values()) {
			if (type.contentType.equals(contentType)) {
				return type;
			}
		}
		throw new IllegalStateException("Unknown stored résumé type " + contentType);
	}

}
