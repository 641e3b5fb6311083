package org.compassioncoach.channels.slack;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.compassioncoach.channels.ChannelsApplicationTestSupport;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The {@code /coach} slash command end to end, its response URL at the WireMock stub. */
class SlackCommandApplicationTests extends ChannelsApplicationTestSupport {

	private static final AtomicInteger ids = new AtomicInteger();

	@Test
	void questionIsAcknowledgedWithinThreeSecondsAndAnsweredAtTheResponseUrl() {
		String path = responsePath();
		long start = System.nanoTime();
		signed(command("CCMD", "UCMD", "how do I bottom line it first?", path)).exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.response_type")
			.isEqualTo("ephemeral")
			.jsonPath("$.text")
			.isEqualTo(SlackCommandController.WORKING);
		assertThat(millisSince(start)).isLessThan(3000);
		JsonNode answer = awaitAnswer(path);
		assertThat(answer.path("response_type").asString()).isEqualTo("ephemeral");
		assertThat(answer.path("blocks").get(0).path("text").path("text").asString()).contains(MODEL_REPLY);
	}

	@Test
	void flowIdStartsThatFlowInTheChannelsConversation() {
		String path = responsePath();
		String channel = "CFLOW" + ids.incrementAndGet();
		signed(command(channel, "UFLOW", "radical-candour", path)).exchange().expectStatus().isOk();
		awaitAnswer(path);
		client().get()
			.uri("/api/v1/conversations/slack:" + TEAM + ":" + channel + ":UFLOW/export")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((export) -> assertThat(export).contains("Radical candour rehearsal"));
	}

	@Test
	void emptyCommandAnswersWithHelpAndNoTurn() {
		String path = responsePath();
		signed(command("CHELP", "UHELP", "", path)).exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.response_type")
			.isEqualTo("ephemeral")
			.jsonPath("$.text")
			.value((String text) -> assertThat(text).contains("`radical-candour`").contains("`supervision-prep`"));
		await().during(Duration.ofMillis(1000)).atMost(Duration.ofSeconds(2)).until(() -> responses(path).isEmpty());
	}

	@Test
	void crisisCommandIsAnsweredWithSignpostsAsPlainText() {
		String path = responsePath();
		signed(command("CCRISIS", "UCRISIS", "I want to end my life", path)).exchange().expectStatus().isOk();
		JsonNode answer = awaitAnswer(path);
		assertThat(answer.path("text").asString()).contains("116 123");
		assertThat(answer.toString()).doesNotContain("\"actions\"");
		boolean supportSection = false;
		for (JsonNode block : answer.path("blocks")) {
			String text = block.path("text").path("text").asString();
			supportSection |= text.startsWith(SlackMessageRenderer.SUPPORT_HEADING) && text.contains("116 123");
		}
		assertThat(supportSection).isTrue();
	}

	@Test
	void unsignedOrTamperedCommandIsRefusedAndNothingIsSent() {
		String path = responsePath();
		String body = command("CBAD", "UBAD", "how do I bottom line it first?", path);
		client().post()
			.uri("/slack/commands")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		String timestamp = SlackEventsApplicationTests.now();
		client().post()
			.uri("/slack/commands")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.header("X-Slack-Request-Timestamp", timestamp)
			.header("X-Slack-Signature", SlackEventsApplicationTests.signature(timestamp, body))
			.bodyValue(body.replace("bottom", "top"))
			.exchange()
			.expectStatus()
			.isUnauthorized();
		await().during(Duration.ofMillis(1000)).atMost(Duration.ofSeconds(2)).until(() -> responses(path).isEmpty());
	}

	private WebTestClient.RequestHeadersSpec<?> signed(String body) {
		String timestamp = SlackEventsApplicationTests.now();
		return client().post()
			.uri("/slack/commands")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.header("X-Slack-Request-Timestamp", timestamp)
			.header("X-Slack-Signature", SlackEventsApplicationTests.signature(timestamp, body))
			.bodyValue(body);
	}

	private static String responsePath() {
		return "/commands/" + TEAM + "/" + ids.incrementAndGet() + "/r35p0n5e";
	}

	/** Form-encoded exactly as Slack sends a slash command. */
	private String command(String channel, String user, String text, String responsePath) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("token", "legacy-token");
		fields.put("team_id", TEAM);
		fields.put("team_domain", "test");
		fields.put("channel_id", channel);
		fields.put("channel_name", "leaders");
		fields.put("user_id", user);
		fields.put("user_name", "leader");
		fields.put("command", "/coach");
		fields.put("text", text);
		fields.put("api_app_id", "A0001");
		fields.put("response_url", SLACK.baseUrl() + responsePath);
		fields.put("trigger_id", "1.2.3");
		return fields.entrySet()
			.stream()
			.map((field) -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private static JsonNode awaitAnswer(String path) {
		await().atMost(Duration.ofSeconds(15)).until(() -> !responses(path).isEmpty());
		return JsonMapper.shared().readTree(responses(path).get(0));
	}

}
