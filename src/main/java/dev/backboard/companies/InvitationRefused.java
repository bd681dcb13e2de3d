package dev.backboard.companies;

/**
 * An invitation that exists but cannot be accepted by this person now.
 */
public class InvitationRefused extends RuntimeException {

	/**
	 * Why the invitation cannot be accepted, with what the person is told.
	 */
	public enum Reason {

		USED("This invitation has already been accepted."),
		EXPIRED("This invitation has expired. Ask the company's owner to send you a new one."),
		OTHER_EMAIL("This invitation was sent to another email address. Sign in with the address it was sent to."),
		IN_A_COMPANY("You already belong to a company on Backboard. Leave it before you join another one.");

		private final String message;

		Reason(String message) {
			this.message = message;
		}

		public String message() {
			return message;
		}

	}

	private final Reason reason;

	InvitationRefused(Reason reason) {
		super(reason.message());
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

}
