package org.compassioncoach.channels.slack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.slack.api.app_backend.SlackSignature;

import org.springframework.http.HttpHeaders;

/**
 * Checks that a request came from Slack: {@code v0=} HMAC-SHA256 of
 * {@code v0:<timestamp>:<raw body bytes>} under the signing secret, compared in constant time,
 * with the timestamp at most five minutes from now in either direction.
 *
 * <p>The HMAC is the one {@link SlackSignature.Generator} computes, taken over the body's bytes
 * exactly as they arrived: the SDK's generator accepts the body as a {@code String} and re-encodes
 * it with the platform charset, which on a JVM whose default is not UTF-8 rejects every message
 * with a non-ASCII character. Its {@code Verifier} compares with {@code String.equals} and lets
 * future timestamps through, so neither is used on requests.
 */
final class SlackSignatureVerifier {

	static final Duration WINDOW = Duration.ofMinutes(5);

	private static final Pattern TIMESTAMP = Pattern.compile("[0-9]{1,12}");

	private final SecretKeySpec key;

	private final Clock clock;

	/**
	 * @param signingSecret the app's signing secret; {@code null} = every request is refused
	 * @param clock "now" for the replay window
	 */
	SlackSignatureVerifier(String signingSecret, Clock clock) {
		this.key = (signingSecret != null && !signingSecret.isBlank())
				? new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), SlackSignature.ALGORITHM) : null;
		this.clock = clock;
	}

	/** Whether a signing secret is set; without one the Slack endpoints do not exist. */
	boolean configured() {
		return this.key != null;
	}

	/** Checks the signature headers of a request against its body. */
	boolean verify(HttpHeaders headers, byte[] body) {
		return verify(headers.getFirst(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP),
				headers.getFirst(SlackSignature.HeaderNames.X_SLACK_SIGNATURE), body);
	}

	/**
	 * @param timestamp the {@code X-Slack-Request-Timestamp} header, or {@code null}
	 * @param signature the {@code X-Slack-Signature} header, or {@code null}
	 * @param body the request body exactly as received
	 * @return whether Slack signed this request within the replay window
	 */
	boolean verify(String timestamp, String signature, byte[] body) {
		if (this.key == null || timestamp == null || signature == null || !TIMESTAMP.matcher(timestamp).matches()) {
			return false;
		}
		long age = this.clock.instant().getEpochSecond() - Long.parseLong(timestamp);
		if (Math.abs(age) > WINDOW.toSeconds()) {
			return false;
		}
		byte[] expected = sign(timestamp, body).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.US_ASCII));
	}

	String sign(String timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance(SlackSignature.ALGORITHM);
			mac.init(this.key);
			mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.US_ASCII));
			return "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

}
