package org.compassioncoach.chat;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.compassioncoach.session.ConversationStore;
import org.compassioncoach.session.Exchange;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coach against a scripted OpenAI-compatible model: fluent answers when it works, and
 * a useful offline reply with a complete response when it fails in any way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "20s")
class LlmModeTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	private static final OpenAiStub model;

	static {
		server.start();
		model = new OpenAiStub(server);
	}

	@Autowired
	private WebTestClient client;

	@Autowired
	private ConversationStore conversations;

	@DynamicPropertySource
	static void modelProperties(DynamicPropertyRegistry registry) {
		registry.add("coach.llm.base-url", model::baseUrl);
		registry.add("coach.llm.api-key", () -> "test-key");
		registry.add("coach.llm.timeout", () -> "2s");
	}

	@BeforeEach
	void resetModel() {
		server.resetAll();
	}

	@AfterAll
	static void stopModel() {
		server.stop();
	}

	@Test
	void chatReturnsTheModelsReplyInLlmMode() {
		model.replies("Pausing gives you a moment to choose your response [power-of-the-pause].");
		JsonNode response = chat("How do I stop myself snapping at a colleague in handover?");
		assertThat(response.get("mode").asString()).isEqualTo("llm");
		assertThat(response.get("reply").asString()).startsWith("Pausing gives you a moment");
	}

	@Test
	void modelRequestCarriesTheSystemRulesAndTheRelevantCard() {
		model.replies("Here is how the pause works.");
		chat("What are the steps of the power of the pause?");
		String sent = server.getAllServeEvents().get(0).getRequest().getBodyAsString();
		JsonNode request = json.readTree(sent);
		assertThat(request.get("model").asString()).isEqualTo("gpt-4o-mini");
		assertThat(sent).contains("You are Compassion Coach").contains("card id=\\\"power-of-the-pause\\\"")
			.contains("What are the steps of the power of the pause?");
		server.verify(postRequestedFor(urlPathEqualTo("/v1/chat/completions"))
			.withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer test-key")));
	}

	@Test
	void streamRelaysTheModelsTokensSentenceBySentence() {
		model.streams(List.of("Take a ", "breath first. ", "Then name ", "the behaviour."));
		Stream stream = stream("My colleague interrupted me at handover today");
		assertThat(stream.done().get("mode").asString()).isEqualTo("llm");
		assertThat(stream.deltas()).containsExactly("Take a breath first. ", "Then name the behaviour.");
		assertThat(stream.done().get("reply").asString()).isEqualTo("Take a breath first. Then name the behaviour.");
	}

	@Test
	void inARehearsalTheModelPlaysTheColleagueFromTheRolePlayPrompt() {
		model.replies("Well, nobody told me the handover time had changed.");
		String id = chatIn(null, "Start", "radical-candour").get("conversationId").asString();
		chatIn(id, "A nurse who keeps handing over late", null);
		chatIn(id, "I need to talk to you about handovers starting late this week.", null);
		chatIn(id, "Defensive", null);
		server.resetRequests();
		JsonNode turn = chatIn(id, "Handover started 20 minutes late three times this week. What's going on?", null);
		assertThat(turn.get("mode").asString()).isEqualTo("llm");
		assertThat(turn.get("flow").get("step").asString()).isEqualTo("role-play");
		assertThat(turn.get("reply").asString()).isEqualTo("Well, nobody told me the handover time had changed.");
		String sent = server.getAllServeEvents().get(0).getRequest().getBodyAsString();
		assertThat(sent).contains("You are now playing a colleague").contains("Persona: defensive")
			.contains("Handover started 20 minutes late three times this week");
	}

	@Test
	void rateLimitedModelEndsInTheOfflineReply() {
		model.fails(429, false);
		expectOfflineChat("What is radical candour?");
		model.fails(429, true);
		expectOfflineStream("What is radical candour?");
	}

	@Test
	void failingModelEndsInTheOfflineReply() {
		model.fails(500, false);
		expectOfflineChat("What is compassion fatigue?");
		model.fails(500, true);
		expectOfflineStream("What is compassion fatigue?");
	}

	@Test
	void malformedModelAnswerEndsInTheOfflineReply() {
		model.answersMalformedJson(false);
		expectOfflineChat("What is psychological safety?");
		model.answersMalformedJson(true);
		expectOfflineStream("What is psychological safety?");
	}

	@Test
	void streamCutHalfwayEndsWithTheOfflineReplyAfterWhatWasSent() {
		model.streamsThenStops(List.of("The first thing ", "to do is. ", "And then"));
		Stream stream = stream("How do I open a conversation about late notes?");
		assertThat(stream.done().get("mode").asString()).isEqualTo("offline");
		assertThat(stream.done().get("reply").asString()).startsWith("The first thing to do is. ")
			.contains("offline coach");
		assertThat(String.join("", stream.deltas())).isEqualTo(stream.done().get("reply").asString());
	}

	@Test
	void brokenConnectionEndsInTheOfflineReply() {
		model.streamsThenBreaksConnection();
		expectOfflineStream("How do I prepare for supervision?");
	}

	@Test
	void modelThatNeverAnswersIsCutOffAtTheTimeout() {
		model.neverAnswers(false, 6000);
		long started = System.nanoTime();
		expectOfflineChat("What are the four elements of compassion?");
		assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5000);
		model.neverAnswers(true, 6000);
		expectOfflineStream("What are the four elements of compassion?");
	}

	private void expectOfflineChat(String message) {
		JsonNode response = chat(message);
		assertThat(response.get("mode").asString()).isEqualTo("offline");
		assertThat(response.get("reply").asString()).isNotBlank();
		assertThat(response.get("citations").size()).isPositive();
		assertRemembered(response.get("conversationId").asString(), message);
	}

	private void expectOfflineStream(String message) {
		Stream stream = stream(message);
		assertThat(stream.done().get("mode").asString()).isEqualTo("offline");
		assertThat(stream.done().get("reply").asString()).isNotBlank();
		assertThat(String.join("", stream.deltas())).isEqualTo(stream.done().get("reply").asString());
		assertRemembered(stream.done().get("conversationId").asString(), message);
	}

	private void assertRemembered(String conversationId, String message) {
		assertThat(this.conversations.find(conversationId).orElseThrow().history()).extracting(Exchange::text)
			.contains(message);
	}

	private JsonNode chatIn(String conversationId, String message, String flow) {
		Map<String, String> request = new java.util.HashMap<>(Map.of("message", message));
		if (conversationId != null) {
			request.put("conversationId", conversationId);
		}
		if (flow != null) {
			request.put("flow", flow);
		}
		return json.readTree(this.client.post()
			.uri("/api/v1/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(request)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody());
	}

	private JsonNode chat(String message) {
		return json.readTree(this.client.post()
			.uri("/api/v1/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("message", message))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody());
	}

	private Stream stream(String message) {
		List<ServerSentEvent<String>> events = this.client.post()
			.uri("/api/v1/chat/stream")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("message", message))
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() {
			})
			.getResponseBody()
			.collectList()
			.block();
		ServerSentEvent<String> last = events.get(events.size() - 1);
		assertThat(last.event()).isEqualTo("done");
		assertThat(events.stream().filter((event) -> "done".equals(event.event()))).hasSize(1);
		List<String> deltas = events.subList(0, events.size() - 1)
			.stream()
			.map((event) -> json.readTree(event.data()).get("text").asString())
			.toList();
		return new Stream(deltas, json.readTree(last.data()));
	}

	private record Stream(List<String> deltas, JsonNode done) {
	}

}
