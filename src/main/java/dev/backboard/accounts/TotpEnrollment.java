package dev.backboard.accounts;

/**
 * A TOTP secret offered to the user but not confirmed yet.
 *
 * @param secret the base32 secret, shown as text for manual entry
 * @param qrCode the otpauth URI drawn as a PNG {@code data:} URI
 */
public record TotpEnrollment(String secret, String qrCode) {

	@Override
	public String toString() {
		return "TotpEnrollment[hidden]";
	}

}
