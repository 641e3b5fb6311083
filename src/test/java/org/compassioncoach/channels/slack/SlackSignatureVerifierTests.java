package org.compassioncoach.channels.slack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import com.slack.api.app_backend.SlackSignature;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/** Slack's published signing example, byte-exact, and the ways a request can fail the check. */
class SlackSignatureVerifierTests {

	static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

	static final String TIMESTAMP = "1531420618";

	static final String SIGNATURE = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

	static final Instant SIGNED_AT = Instant.ofEpochSecond(1531420618);

	private final byte[] body = vector();

	@Test
	void verifyAcceptsSlacksPublishedExampleAtItsTimestamp() {
		assertThat(verifierAt(SIGNED_AT).verify(TIMESTAMP, SIGNATURE, this.body)).isTrue();
	}

	@Test
	void verifyReadsTheSlackHeaders() {
		HttpHeaders headers = new HttpHeaders();
		headers.set("X-Slack-Request-Timestamp", TIMESTAMP);
		headers.set("X-Slack-Signature", SIGNATURE);
		assertThat(verifierAt(SIGNED_AT).verify(headers, this.body)).isTrue();
	}

	@Test
	void signAgreesWithTheSlackSdkGenerator() {
		String utf8 = "{\"text\":\"caf\u00e9 \u2014 \u2764\"}";
		SlackSignature.Generator sdk = new SlackSignature.Generator(SECRET);
		SlackSignatureVerifier verifier = verifierAt(SIGNED_AT);
		assertThat(verifier.sign(TIMESTAMP, this.body)).isEqualTo(sdk.generate(TIMESTAMP, vectorText()));
		assertThat(verifier.sign(TIMESTAMP, utf8.getBytes(StandardCharsets.UTF_8)))
			.isEqualTo(sdk.generate(TIMESTAMP, utf8));
	}

	@Test
	void verifyAcceptsTheEdgesOfTheFiveMinuteWindow() {
		assertThat(verifierAt(SIGNED_AT.plusSeconds(300)).verify(TIMESTAMP, SIGNATURE, this.body)).isTrue();
		assertThat(verifierAt(SIGNED_AT.minusSeconds(300)).verify(TIMESTAMP, SIGNATURE, this.body)).isTrue();
	}

	@Test
	void verifyWhenTimestampIsStaleRefuses() {
		assertThat(verifierAt(SIGNED_AT.plusSeconds(301)).verify(TIMESTAMP, SIGNATURE, this.body)).isFalse();
	}

	@Test
	void verifyWhenTimestampIsInTheFutureRefuses() {
		assertThat(verifierAt(SIGNED_AT.minusSeconds(301)).verify(TIMESTAMP, SIGNATURE, this.body)).isFalse();
	}

	@Test
	void verifyWhenOneBodyByteChangesRefuses() {
		byte[] tampered = this.body.clone();
		tampered[tampered.length - 1] ^= 1;
		assertThat(verifierAt(SIGNED_AT).verify(TIMESTAMP, SIGNATURE, tampered)).isFalse();
	}

	@Test
	void verifyWhenBodyIsReencodedRefuses() {
		byte[] reencoded = new String(this.body, StandardCharsets.UTF_8).replace("%2F", "/")
			.getBytes(StandardCharsets.UTF_8);
		assertThat(verifierAt(SIGNED_AT).verify(TIMESTAMP, SIGNATURE, reencoded)).isFalse();
	}

	@Test
	void verifyWhenSignatureIsAlteredRefuses() {
		String altered = SIGNATURE.substring(0, SIGNATURE.length() - 1) + "4";
		assertThat(verifierAt(SIGNED_AT).verify(TIMESTAMP, altered, this.body)).isFalse();
		assertThat(verifierAt(SIGNED_AT).verify(TIMESTAMP, SIGNATURE.toUpperCase(), this.body)).isFalse();
		assertThat(verifierAt(SIGNED_AT).verify(TIMESTAMP, "v1=" + SIGNATURE.substring(3), this.body)).isFalse();
	}

	@Test
	void verifyWhenTimestampWasChangedRefuses() {
		assertThat(verifierAt(SIGNED_AT).verify("1531420619", SIGNATURE, this.body)).isFalse();
	}

	@Test
	void verifyWhenUnsignedOrMalformedRefuses() {
		SlackSignatureVerifier verifier = verifierAt(SIGNED_AT);
		assertThat(verifier.verify(null, SIGNATURE, this.body)).isFalse();
		assertThat(verifier.verify(TIMESTAMP, null, this.body)).isFalse();
		assertThat(verifier.verify("", SIGNATURE, this.body)).isFalse();
		assertThat(verifier.verify("-1531420618", SIGNATURE, this.body)).isFalse();
		assertThat(verifier.verify("1531420618.5", SIGNATURE, this.body)).isFalse();
		assertThat(verifier.verify(TIMESTAMP, "", this.body)).isFalse();
		assertThat(verifier.verify(new HttpHeaders(), this.body)).isFalse();
	}

	@Test
	void verifyWithoutASecretRefusesEverything() {
		SlackSignatureVerifier verifier = new SlackSignatureVerifier(null, Clock.fixed(SIGNED_AT, ZoneOffset.UTC));
		assertThat(verifier.verify(TIMESTAMP, SIGNATURE, this.body)).isFalse();
	}

	private static SlackSignatureVerifier verifierAt(Instant now) {
		return new SlackSignatureVerifier(SECRET, Clock.fixed(now, ZoneOffset.UTC));
	}

	static byte[] vector() {
		try (InputStream in = SlackSignatureVerifierTests.class
			.getResourceAsStream("/channels/vectors/slack-slash-command-body.txt")) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String vectorText() {
		return new String(vector(), StandardCharsets.UTF_8);
	}

}
