package org.compassioncoach.channels.teams;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a Teams outgoing-webhook request: {@code Authorization: HMAC <base64>} must be the
 * HMAC-SHA256 of the raw body bytes under the base64-decoded security token, compared in
 * constant time. Teams signs no timestamp, so there is no replay window to check.
 */
final class TeamsSignatureVerifier {

	private static final String ALGORITHM = "HmacSHA256";

	private static final String SCHEME = "HMAC ";

	private final SecretKeySpec key;

	/**
	 * @param webhookSecret the base64 security token; {@code null} = every request is refused
	 * @throws IllegalStateException when the token is set but is not base64 (the message never
	 * contains it)
	 */
	TeamsSignatureVerifier(String webhookSecret) {
		if (webhookSecret == null || webhookSecret.isBlank()) {
			this.key = null;
			return;
		}
		byte[] decoded;
		try {
			decoded = Base64.getDecoder().decode(webhookSecret.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("coach.teams.webhook-secret is not base64: set it to the security token "
					+ "Teams showed when the outgoing webhook was created");
		}
		if (decoded.length == 0) {
			throw new IllegalStateException("coach.teams.webhook-secret decodes to nothing: set it to the security "
					+ "token Teams showed when the outgoing webhook was created");
		}
		this.key = new SecretKeySpec(decoded, ALGORITHM);
	}

	/**
	 * @param authorization the {@code Authorization} header, or {@code null}
	 * @param body the request body exactly as received
	 * @return whether the webhook's secret signed this body
	 */
	boolean verify(String authorization, byte[] body) {
		if (this.key == null || authorization == null || authorization.length() <= SCHEME.length()
				|| !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
			return false;
		}
		byte[] provided;
		try {
			provided = Base64.getDecoder().decode(authorization.substring(SCHEME.length()).strip());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return MessageDigest.isEqual(sign(body), provided);
	}

	byte[] sign(byte[] body) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			return mac.doFinal(body);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

}
