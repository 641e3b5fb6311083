package org.compassioncoach.channels.teams;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.compassioncoach.channels.ChannelIds;
import org.compassioncoach.channels.ChannelsApplicationTestSupport;
import org.compassioncoach.channels.TurnFailures;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** The Teams outgoing webhook end to end, signed as Teams signs. */
class TeamsMessagesApplicationTests extends ChannelsApplicationTestSupport {

	@Test
	void publishedExampleIsAnsweredWithAMessage() {
		client().post()
			.uri("/teams/messages")
			.contentType(MediaType.APPLICATION_JSON)
			.header("Authorization", TeamsSignatureVerifierTests.AUTHORIZATION)
			.bodyValue(TeamsSignatureVerifierTests.vector())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("message")
			.jsonPath("$.text")
			.isNotEmpty();
	}

	@Test
	void badHmacIsRefusedWith401() {
		byte[] body = activity("19:bad@thread.skype", "29:bad", "<at>Coach</at> hello");
		client().post()
			.uri("/teams/messages")
			.contentType(MediaType.APPLICATION_JSON)
			.header("Authorization", "HMAC " + Base64.getEncoder().encodeToString(new byte[32]))
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		client().post()
			.uri("/teams/messages")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void crisisMessageListsSupportAsPlainText() {
		signed(activity("19:crisis@thread.skype", "29:crisis", "<at>Coach</at> I want to end my life")).exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("message")
			.jsonPath("$.text")
			.value((String text) -> assertThat(text).contains("116 123")
				.contains(TeamsMessageRenderer.SUPPORT_HEADING)
				.containsPattern("\\*\\*Samaritans\\*\\*: [^\\n]*116 123"));
	}

	@Test
	void slowModelStillGetsAnAnswerWithinFiveSeconds() {
		long start = System.nanoTime();
		signed(activity("19:slow@thread.skype", "29:slow", "<at>Coach</at> how do I give feedback about late notes? "
				+ SLOW)).exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.text")
			.value((String text) -> assertThat(text).isNotBlank()
				.doesNotContain(MODEL_REPLY)
				.isNotEqualTo(TeamsController.LATE)
				.isNotEqualTo(TurnFailures.FAILED));
		assertThat(millisSince(start)).isLessThan(5000);
		MODEL.verify(postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(containing(SLOW)));
	}

	@Test
	void mentionIsStrippedAndTheConversationContinues() {
		String conversation = "19:flow@thread.skype;messageid=1700000000000";
		signed(activity(conversation, "29:flow", "<at>Coach</at> start radical-candour")).exchange()
			.expectStatus()
			.isOk();
		String id = "teams:" + ChannelIds.hash(conversation) + ":" + ChannelIds.hash("29:flow");
		client().get()
			.uri("/api/v1/conversations/" + id + "/export")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((export) -> assertThat(export).contains("Radical candour rehearsal"));
	}

	private WebTestClient.RequestHeadersSpec<?> signed(byte[] body) {
		return client().post()
			.uri("/teams/messages")
			.contentType(MediaType.APPLICATION_JSON)
			.header("Authorization", "HMAC " + hmac(body))
			.bodyValue(body);
	}

	/** As Teams computes it: HMAC-SHA256 under the decoded token, base64. */
	private static String hmac(byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(Base64.getDecoder().decode(TEAMS_SECRET), "HmacSHA256"));
			return Base64.getEncoder().encodeToString(mac.doFinal(body));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] activity(String conversation, String user, String text) {
		return JsonMapper.shared()
			.writeValueAsString(Map.of("type", "message", "id", "1485983408511", "channelId", "msteams", "text", text,
					"textFormat", "plain", "from", Map.of("id", user, "name", "A leader"), "conversation",
					Map.of("id", conversation), "entities",
					List.of(Map.of("type", "mention", "text", "<at>Coach</at>", "mentioned",
							Map.of("id", "28:coach-webhook", "name", "Coach")))))
			.getBytes(StandardCharsets.UTF_8);
	}

}
