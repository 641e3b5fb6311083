package org.compassioncoach.channels.slack;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.slack.api.app_backend.SlackSignature;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.compassioncoach.channels.ChannelsApplicationTestSupport;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Events API end to end: signed the way Slack signs, replies checked at the WireMock stub
 * standing in for the Slack Web API.
 */
class SlackEventsApplicationTests extends ChannelsApplicationTestSupport {

	private static final AtomicInteger ids = new AtomicInteger();

	@Test
	void urlVerificationEchoesTheChallenge() {
		String body = "{\"token\":\"t\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\","
				+ "\"type\":\"url_verification\"}";
		signed(body, now()).exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.challenge")
			.isEqualTo("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
	}

	@Test
	void unsignedRequestIsRefusedAndNothingIsPosted() {
		String channel = channel();
		client().post()
			.uri("/slack/events")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(dm(channel, "How do I give feedback about late notes?"))
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertNothingPostedTo(channel);
	}

	@Test
	void tamperedRequestIsRefusedAndNothingIsPosted() {
		String channel = channel();
		String body = dm(channel, "How do I give feedback about late notes?");
		String timestamp = now();
		client().post()
			.uri("/slack/events")
			.contentType(MediaType.APPLICATION_JSON)
			.header("X-Slack-Request-Timestamp", timestamp)
			.header("X-Slack-Signature", signature(timestamp, body))
			.bodyValue(body.replace("late notes", "early notes"))
			.exchange()
			.expectStatus()
			.isUnauthorized();
		assertNothingPostedTo(channel);
	}

	@Test
	void staleAndFutureRequestsAreRefused() {
		String channel = channel();
		String body = dm(channel, "How do I give feedback about late notes?");
		signed(body, String.valueOf(Instant.now().minusSeconds(360).getEpochSecond())).exchange()
			.expectStatus()
			.isUnauthorized();
		signed(body, String.valueOf(Instant.now().plusSeconds(360).getEpochSecond())).exchange()
			.expectStatus()
			.isUnauthorized();
		assertNothingPostedTo(channel);
	}

	@Test
	void directMessageIsAcknowledgedAtOnceAndAnsweredInTheDm() {
		String channel = channel();
		long start = System.nanoTime();
		signed(dm(channel, "How do I give feedback about late notes?"), now()).exchange().expectStatus().isOk();
		assertThat(millisSince(start)).isLessThan(3000);
		Map<String, String> post = awaitOnePost(channel);
		assertThat(post).doesNotContainKey("thread_ts").containsEntry("unfurl_links", "0");
		assertThat(post.get("text")).contains(MODEL_REPLY);
		assertThat(sectionTexts(post)).anySatisfy((text) -> assertThat(text).contains(MODEL_REPLY));
	}

	@Test
	void retryOfAnAcceptedEventIsNotAnsweredAgain() {
		String channel = channel();
		String body = dm(channel, "How do I give feedback about late notes?");
		signed(body, now()).exchange().expectStatus().isOk();
		signed(body, now()).header("X-Slack-Retry-Num", "1")
			.header("X-Slack-Retry-Reason", "http_timeout")
			.exchange()
			.expectStatus()
			.isOk();
		awaitOnePost(channel);
		signed(body, now()).header("X-Slack-Retry-Num", "2").exchange().expectStatus().isOk();
		assertStillOnePost(channel);
	}

	@Test
	void sameMessageUnderAnotherEventIdIsNotAnsweredAgain() {
		String channel = channel();
		Map<String, Object> first = dmEvent(channel, "How do I give feedback about late notes?");
		signed(json(first), now()).exchange().expectStatus().isOk();
		Map<String, Object> again = new LinkedHashMap<>(first);
		again.put("event_id", "Ev" + ids.incrementAndGet());
		signed(json(again), now()).exchange().expectStatus().isOk();
		awaitOnePost(channel);
		assertStillOnePost(channel);
	}

	@Test
	void retryWhoseOriginalNeverArrivedIsAnswered() {
		String channel = channel();
		signed(dm(channel, "How do I give feedback about late notes?"), now()).header("X-Slack-Retry-Num", "1")
			.header("X-Slack-Retry-Reason", "http_error")
			.exchange()
			.expectStatus()
			.isOk();
		awaitOnePost(channel);
	}

	@Test
	void botEchoesEditsAndTheCoachsOwnPostsAreIgnored() {
		String channel = channel();
		Map<String, Object> echo = dmEvent(channel, "Here is what the toolkit offers");
		event(echo).put("bot_id", "BCOACH");
		signed(json(echo), now()).exchange().expectStatus().isOk();
		Map<String, Object> botMessage = dmEvent(channel, "A bot wrote this");
		event(botMessage).put("subtype", "bot_message");
		event(botMessage).remove("user");
		signed(json(botMessage), now()).exchange().expectStatus().isOk();
		Map<String, Object> edit = dmEvent(channel, "Edited text");
		event(edit).put("subtype", "message_changed");
		signed(json(edit), now()).exchange().expectStatus().isOk();
		Map<String, Object> own = dmEvent(channel, "Posted by the coach, seen without bot_id");
		event(own).put("user", COACH_USER);
		own.remove("authorizations");
		signed(json(own), now()).exchange().expectStatus().isOk();
		Map<String, Object> person = dmEvent(channel, "How do I give feedback about late notes?");
		signed(json(person), now()).exchange().expectStatus().isOk();
		awaitOnePost(channel);
		assertStillOnePost(channel);
		SLACK.verify(postRequestedFor(urlEqualTo("/api/auth.test")));
	}

	@Test
	void appMentionIsAnsweredInItsThread() {
		String channel = "C" + ids.incrementAndGet();
		Map<String, Object> mention = callback(channel, Map.of("type", "app_mention", "user", "UMENTION", "text",
				"<@" + COACH_USER + "> how do I open a conversation about late handovers?", "ts", "1700000100.000100",
				"event_ts", "1700000100.000100", "channel", channel));
		long start = System.nanoTime();
		signed(json(mention), now()).exchange().expectStatus().isOk();
		assertThat(millisSince(start)).isLessThan(3000);
		assertThat(awaitOnePost(channel)).containsEntry("thread_ts", "1700000100.000100");

		Map<String, Object> followUp = callback(channel, Map.of("type", "app_mention", "user", "UMENTION", "text",
				"<@" + COACH_USER + "> and what if they get upset?", "ts", "1700000200.000100", "thread_ts",
				"1700000100.000100", "event_ts", "1700000200.000100", "channel", channel));
		signed(json(followUp), now()).exchange().expectStatus().isOk();
		await().atMost(Duration.ofSeconds(15)).until(() -> posts(channel).size() == 2);
		assertThat(posts(channel).get(1)).containsEntry("thread_ts", "1700000100.000100");
		client().get()
			.uri("/api/v1/conversations/slack:" + TEAM + ":" + channel + ":1700000100.000100:UMENTION/export")
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void crisisMessageIsAnsweredWithSignpostsAsPlainText() {
		String channel = channel();
		signed(dm(channel, "I can't go on, I want to end my life"), now()).exchange().expectStatus().isOk();
		Map<String, String> post = awaitOnePost(channel);
		List<String> sections = sectionTexts(post);
		assertThat(sections.get(0)).contains("116 123");
		assertThat(sections).anySatisfy((text) -> assertThat(text).startsWith(SlackMessageRenderer.SUPPORT_HEADING)
			.contains("116 123"));
		assertThat(blocks(post)).noneSatisfy((block) -> assertThat(block.path("type").asString()).isEqualTo("actions"));
		assertThat(post.get("text")).contains("116 123");
	}

	@Test
	void acknowledgementBeatsSlacksDeadlineWhenTheModelIsSlow() {
		String channel = channel();
		long start = System.nanoTime();
		signed(dm(channel, "How do I give feedback about late notes? " + SLOW), now()).exchange().expectStatus().isOk();
		assertThat(millisSince(start)).isLessThan(3000);
		assertThat(posts(channel)).isEmpty();
	}

	private WebTestClient.RequestHeadersSpec<?> signed(String body, String timestamp) {
		return client().post()
			.uri("/slack/events")
			.contentType(MediaType.APPLICATION_JSON)
			.header("X-Slack-Request-Timestamp", timestamp)
			.header("X-Slack-Signature", signature(timestamp, body))
			.bodyValue(body);
	}

	/** As Slack computes it, with the SDK's generator. */
	static String signature(String timestamp, String body) {
		return new SlackSignature.Generator(SLACK_SECRET).generate(timestamp, body);
	}

	static String now() {
		return String.valueOf(Instant.now().getEpochSecond());
	}

	private static String channel() {
		return "D" + ids.incrementAndGet();
	}

	private static String dm(String channel, String text) {
		return json(dmEvent(channel, text));
	}

	private static Map<String, Object> dmEvent(String channel, String text) {
		int n = ids.incrementAndGet();
		String ts = "1700000000." + String.format("%06d", n);
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("type", "message");
		event.put("channel", channel);
		event.put("channel_type", "im");
		event.put("user", "U" + channel);
		event.put("text", text);
		event.put("ts", ts);
		event.put("event_ts", ts);
		event.put("client_msg_id", "client-" + n);
		return callback(channel, event);
	}

	private static Map<String, Object> callback(String channel, Map<String, Object> event) {
		Map<String, Object> callback = new LinkedHashMap<>();
		callback.put("token", "legacy-token");
		callback.put("team_id", TEAM);
		callback.put("api_app_id", "A0001");
		callback.put("event", new LinkedHashMap<>(event));
		callback.put("type", "event_callback");
		callback.put("event_id", "Ev" + ids.incrementAndGet());
		callback.put("event_time", 1700000000);
		callback.put("authorizations", List.of(Map.of("enterprise_id", "", "team_id", TEAM, "user_id", COACH_USER,
				"is_bot", true, "is_enterprise_install", false)));
		return callback;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> event(Map<String, Object> callback) {
		return (Map<String, Object>) callback.get("event");
	}

	private static String json(Object value) {
		return JsonMapper.shared().writeValueAsString(value);
	}

	private static Map<String, String> awaitOnePost(String channel) {
		await().atMost(Duration.ofSeconds(15)).until(() -> !posts(channel).isEmpty());
		return posts(channel).get(0);
	}

	private static void assertStillOnePost(String channel) {
		await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3)).until(() -> posts(channel).size() == 1);
	}

	private static void assertNothingPostedTo(String channel) {
		await().during(Duration.ofMillis(1000)).atMost(Duration.ofSeconds(2)).until(() -> posts(channel).isEmpty());
	}

	static List<JsonNode> blocks(Map<String, String> post) {
		List<JsonNode> blocks = new ArrayList<>();
		JsonMapper.shared().readTree(post.get("blocks")).forEach(blocks::add);
		return blocks;
	}

	static List<String> sectionTexts(Map<String, String> post) {
		return blocks(post).stream()
			.filter((block) -> "section".equals(block.path("type").asString()))
			.map((block) -> block.path("text").path("text").asString())
			.toList();
	}

}
