package org.compassioncoach.channels.teams;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Microsoft's published outgoing-webhook example, byte-exact, and the ways a request can fail. */
class TeamsSignatureVerifierTests {

	static final String SECRET = "vqF0En+Z0ucuRTM/01o2GuhMH3hKKk/N2bOmlM31zaA=";

	static final String AUTHORIZATION = "HMAC 03TCao0i55H1eVKUusZOTZRjtvYTs+mO41mPL+R1e1U=";

	private final TeamsSignatureVerifier verifier = new TeamsSignatureVerifier(SECRET);

	private final byte[] body = vector();

	@Test
	void publishedExampleIsTheDocumentedSize() {
		assertThat(this.body).hasSize(1891);
	}

	@Test
	void verifyAcceptsMicrosoftsPublishedExample() {
		assertThat(this.verifier.verify(AUTHORIZATION, this.body)).isTrue();
		assertThat(this.verifier.verify("hmac " + AUTHORIZATION.substring(5), this.body)).isTrue();
	}

	@Test
	void verifyWhenTheBodyIsReserialisedRefuses() {
		byte[] reserialised = JsonMapper.shared().writeValueAsBytes(JsonMapper.shared().readTree(this.body));
		assertThat(this.verifier.verify(AUTHORIZATION, reserialised)).isFalse();
		byte[] trimmed = new String(this.body, StandardCharsets.UTF_8).replace(", \n", ",\n")
			.getBytes(StandardCharsets.UTF_8);
		assertThat(this.verifier.verify(AUTHORIZATION, trimmed)).isFalse();
	}

	@Test
	void verifyWhenOneBodyByteChangesRefuses() {
		byte[] tampered = this.body.clone();
		tampered[100] ^= 1;
		assertThat(this.verifier.verify(AUTHORIZATION, tampered)).isFalse();
	}

	@Test
	void verifyWhenTheHeaderIsMissingOrMalformedRefuses() {
		assertThat(this.verifier.verify(null, this.body)).isFalse();
		assertThat(this.verifier.verify("", this.body)).isFalse();
		assertThat(this.verifier.verify("HMAC ", this.body)).isFalse();
		assertThat(this.verifier.verify("Bearer " + AUTHORIZATION.substring(5), this.body)).isFalse();
		assertThat(this.verifier.verify("HMAC not*base64", this.body)).isFalse();
		assertThat(this.verifier.verify("HMAC 03TCao0i55H1eVKUusZOTZRjtvYTs+mO41mPL+R1e1A=", this.body)).isFalse();
	}

	@Test
	void verifyWithAnotherSecretRefuses() {
		TeamsSignatureVerifier other = new TeamsSignatureVerifier("c2VjcmV0LW9mLWFub3RoZXItd2ViaG9vaw==");
		assertThat(other.verify(AUTHORIZATION, this.body)).isFalse();
	}

	@Test
	void verifyWithoutASecretRefusesEverything() {
		assertThat(new TeamsSignatureVerifier(null).verify(AUTHORIZATION, this.body)).isFalse();
	}

	@Test
	void constructionWithASecretThatIsNotBase64FailsWithoutRevealingIt() {
		assertThatIllegalStateException().isThrownBy(() -> new TeamsSignatureVerifier("not base64 at all!"))
			.withMessageContaining("coach.teams.webhook-secret")
			.withMessageNotContaining("not base64 at all!");
	}

	static byte[] vector() {
		try (InputStream in = TeamsSignatureVerifierTests.class
			.getResourceAsStream("/channels/vectors/teams-outgoing-webhook-body.json")) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
