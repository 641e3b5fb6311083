package org.compassioncoach.chat;

import java.util.List;
import java.util.Map;

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
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The chat API in offline mode, exactly as API.md describes it, bad input included. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class ChatApiTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	private WebTestClient client;

	@Autowired
	private ConversationStore conversations;

	@Test
	void chatWithoutConversationIdStartsOneAndAnswersOffline() {
		JsonNode response = chat(Map.of("message", "What are the steps of the power of the pause?"));
		assertThat(response.get("conversationId").asString()).startsWith("c-");
		assertThat(response.get("mode").asString()).isEqualTo("offline");
		assertThat(response.get("reply").asString()).containsIgnoringCase("breathe");
		assertThat(response.get("flow").isNull()).isTrue();
		assertThat(response.get("citations").get(0).get("id").asString()).isEqualTo("power-of-the-pause");
		assertThat(response.get("citations").get(0).propertyNames()).containsExactlyInAnyOrder("id", "title",
				"source", "section");
		assertThat(response.get("safety").get("level").asString()).isEqualTo("none");
		assertThat(response.get("safety").get("signposts").isArray()).isTrue();
		assertThat(response.get("suggestions").isArray()).isTrue();
	}

	@Test
	void chatRemembersTheConversationAcrossTurns() {
		JsonNode first = chat(Map.of("message", "Hello", "flow", "supervision-prep"));
		String id = first.get("conversationId").asString();
		JsonNode second = chat(Map.of("conversationId", id, "message",
				"She is a new social worker who seems overwhelmed by her caseload"));
		assertThat(second.get("conversationId").asString()).isEqualTo(id);
		assertThat(second.get("flow").get("id").asString()).isEqualTo("supervision-prep");
		assertThat(this.conversations.find(id).orElseThrow().history()).extracting(Exchange::text)
			.contains("She is a new social worker who seems overwhelmed by her caseload");
	}

	@Test
	void streamSendsDeltasThenExactlyOneDoneWhoseReplyTheyMakeUp() {
		List<ServerSentEvent<String>> events = this.client.post()
			.uri("/api/v1/chat/stream")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.TEXT_EVENT_STREAM)
			.bodyValue(Map.of("message", "How do I give feedback with radical candour?"))
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() {
			})
			.getResponseBody()
			.collectList()
			.block();
		assertThat(events).isNotEmpty();
		List<ServerSentEvent<String>> deltas = events.subList(0, events.size() - 1);
		assertThat(deltas).isNotEmpty().allSatisfy((event) -> assertThat(event.event()).isEqualTo("delta"));
		ServerSentEvent<String> done = events.get(events.size() - 1);
		assertThat(done.event()).isEqualTo("done");
		StringBuilder text = new StringBuilder();
		deltas.forEach((delta) -> text.append(json.readTree(delta.data()).get("text").asString()));
		JsonNode response = json.readTree(done.data());
		assertThat(response.get("reply").asString()).isEqualTo(text.toString());
		assertThat(response.get("mode").asString()).isEqualTo("offline");
	}

	@Test
	void flowsListsTheFiveFlowsFromTheirDefinitions() {
		JsonNode flows = json.readTree(this.client.get()
			.uri("/api/v1/flows")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody());
		List<String> ids = flows.valueStream().map((flow) -> flow.get("id").asString()).toList();
		assertThat(ids).contains("radical-candour", "power-of-the-pause", "empathy-trap", "conversation-script",
				"supervision-prep");
		flows.forEach((flow) -> {
			assertThat(flow.get("title").asString()).isNotBlank();
			assertThat(flow.get("description").asString()).isNotBlank();
			assertThat(flow.get("steps").size()).isGreaterThan(1);
		});
	}

	@Test
	void exportReturnsMarkdownAndDeleteForgetsTheConversation() {
		String id = chat(Map.of("message", "Hello", "flow", "radical-candour")).get("conversationId").asString();
		this.client.get()
			.uri("/api/v1/conversations/{id}/export", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith("text/markdown")
			.expectBody(String.class)
			.value((body) -> assertThat(body).startsWith("# Compassion Coach"));
		this.client.delete().uri("/api/v1/conversations/{id}", id).exchange().expectStatus().isNoContent();
		assertThat(this.conversations.find(id)).isEmpty();
		expectProblem(this.client.get().uri("/api/v1/conversations/{id}/export", id).exchange(), 404);
		expectProblem(this.client.delete().uri("/api/v1/conversations/{id}", id).exchange(), 404);
	}

	@Test
	void rehearsalOverHttpAdvancesStepsAndExportsTheDraftAndTheDebrief() {
		JsonNode turn = chat(Map.of("message", "Start: Radical candour rehearsal", "flow", "radical-candour"));
		String id = turn.get("conversationId").asString();
		assertThat(turn.get("flow").get("step").asString()).isEqualTo("situation");
		assertThat(turn.get("flow").get("steps").asInt()).isEqualTo(6);
		turn = chat(Map.of("conversationId", id, "message", "A staff nurse whose care plans are often incomplete"));
		assertThat(turn.get("flow").get("stepNumber").asInt()).isEqualTo(2);
		turn = chat(Map.of("conversationId", id, "message",
				"Sorry, I know you're really busy, maybe just try to finish the care plans a bit more if you can?"));
		assertThat(turn.get("flow").get("step").asString()).isEqualTo("improve");
		assertThat(turn.get("citations").valueStream().map((c) -> c.get("id").asString()))
			.contains("radical-candour-grid");
		chat(Map.of("conversationId", id, "message", "Defensive"));
		chat(Map.of("conversationId", id, "message",
				"Four care plans last week were missing risk assessments. What's been getting in the way?"));
		turn = chat(Map.of("conversationId", id, "message", "debrief"));
		assertThat(turn.get("flow").get("step").asString()).isEqualTo("debrief");
		String export = this.client.get()
			.uri("/api/v1/conversations/{id}/export", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(export).contains("maybe just try to finish the care plans")
			.contains("## Debrief")
			.contains("Quadrant trend")
			.containsIgnoringCase("ruinous empathy")
			.contains("## Sources");
	}

	@Test
	void describingAConversationOffersTheFlowsThatFit() {
		JsonNode turn = chat(Map.of("message", "I need to tell someone their notes are late"));
		assertThat(turn.get("flow").isNull()).isTrue();
		assertThat(turn.get("suggestions").valueStream().map(JsonNode::asString))
			.contains("Start: Radical candour rehearsal", "Start: Compassionate conversation script");
		turn = chat(Map.of("conversationId", turn.get("conversationId").asString(), "message",
				"Start: Radical candour rehearsal"));
		assertThat(turn.get("flow").get("id").asString()).isEqualTo("radical-candour");
	}

	@Test
	void blankMessageIsRefusedWithProblemDetails() {
		expectProblem(post("/api/v1/chat", "{\"message\":\"   \"}"), 400);
		expectProblem(post("/api/v1/chat", "{}"), 400);
		expectProblem(post("/api/v1/chat/stream", "{\"message\":\"\"}"), 400);
	}

	@Test
	void messageOverFourThousandCharactersIsRefusedWithoutEchoingIt() {
		String message = "x".repeat(4001);
		String body = expectProblem(post("/api/v1/chat", "{\"message\":\"" + message + "\"}"), 400);
		assertThat(body).doesNotContain(message).contains("4000");
	}

	@Test
	void malformedJsonIsRefused() {
		expectProblem(post("/api/v1/chat", "{\"message\": \"unfinished"), 400);
		expectProblem(post("/api/v1/chat/stream", "not json"), 400);
	}

	@Test
	void bodyOverSixtyFourKibibytesIsRefusedAsTooLarge() {
		String body = "{\"message\":\"" + "y".repeat(70 * 1024) + "\"}";
		expectProblem(post("/api/v1/chat", body), 413);
	}

	@Test
	void wrongContentTypeIsRefused() {
		expectProblem(this.client.post()
			.uri("/api/v1/chat")
			.contentType(MediaType.TEXT_PLAIN)
			.bodyValue("hello")
			.exchange(), 415);
	}

	@Test
	void unknownFlowIsRefusedListingTheValidIds() {
		String body = expectProblem(post("/api/v1/chat", "{\"message\":\"hi\",\"flow\":\"mindfulness\"}"), 400);
		assertThat(body).contains("radical-candour", "power-of-the-pause", "empathy-trap", "conversation-script",
				"supervision-prep");
	}

	@Test
	void healthIsUp() {
		this.client.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
	}

	private JsonNode chat(Map<String, String> request) {
		String body = this.client.post()
			.uri("/api/v1/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(request)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		return json.readTree(body);
	}

	private WebTestClient.ResponseSpec post(String uri, String body) {
		return this.client.post().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
	}

	private static String expectProblem(WebTestClient.ResponseSpec response, int status) {
		String body = response.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		JsonNode problem = json.readTree(body);
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("title").asString()).isNotBlank();
		assertThat(problem.get("detail").asString()).isNotBlank();
		assertThat(body).doesNotContain("Exception").doesNotContain("\tat ");
		return body;
	}

}
