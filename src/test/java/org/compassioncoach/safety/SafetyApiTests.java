package org.compassioncoach.safety;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.compassioncoach.session.Conversation;
import org.compassioncoach.session.ConversationStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The safety endpoints and the safety behaviour of chat and stream, on the running application (offline mode). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class SafetyApiTests {

	private static final String CRISIS = "honestly i dont want to be here anymore, i keep thinking about ending my life";

	@Autowired
	private WebTestClient web;

	@Autowired
	private ConversationStore conversations;

	@Test
	void assessWhenCrisisReturnsCrisisWithSignposts() {
		Map<String, Object> body = assess("I want to end my life");
		assertThat(body.get("level")).isEqualTo("crisis");
		assertThat(body.get("categories").toString()).contains("suicidal-thoughts");
		assertThat(body.get("signposts").toString()).contains("Samaritans", "116 123", "85258", "999");
	}

	@Test
	void assessWhenThirdPartyIsAtRiskReturnsCrisis() {
		Map<String, Object> body = assess("one of my nurses told me she has been saving up her tablets");
		assertThat(body.get("level")).isEqualTo("crisis");
		assertThat(body.get("categories").toString()).contains("third-party-risk");
	}

	@Test
	void assessWhenIdiomReturnsNone() {
		Map<String, Object> body = assess("this deadline is killing me");
		assertThat(body.get("level")).isEqualTo("none");
		assertThat((List<?>) body.get("signposts")).isEmpty();
	}

	@Test
	void assessWhenTextIsBlankReturnsProblem() {
		this.web.post()
			.uri("/api/v1/safety/assess")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("text", "   "))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("'text' must not be empty");
	}

	@Test
	void assessWhenTextIsTooLongReturnsProblem() {
		this.web.post()
			.uri("/api/v1/safety/assess")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("text", "a".repeat(4001)))
			.exchange()
			.expectStatus()
			.isBadRequest();
	}

	@Test
	void supportServicesListsTheUkDefaults() {
		this.web.get()
			.uri("/api/v1/support-services")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.id == 'samaritans')].contact")
			.isEqualTo("Call 116 123 or email jo@samaritans.org")
			.jsonPath("$[?(@.id == 'shout')].contact")
			.isEqualTo("Text SHOUT to 85258")
			.jsonPath("$[?(@.id == 'emergency')].name")
			.isEqualTo("Emergency services (999 / A&E)")
			.jsonPath("$[?(@.id == 'eap')]")
			.exists()
			.jsonPath("$[?(@.id == 'practitioner-health')]")
			.exists();
	}

	@Test
	void chatWhenCrisisPutsSignpostingFirst() {
		Map<String, Object> response = chat(null, CRISIS, null);
		String reply = (String) response.get("reply");
		assertThat(reply).startsWith("**If you are in immediate danger");
		assertThat(reply.indexOf("999")).isLessThan(reply.indexOf("glad you told me"));
		assertThat(reply).contains("Samaritans", "116 123", "Shout", "85258", "Are you safe right now?");
		assertThat(safety(response).get("level")).isEqualTo("crisis");
		assertThat(safety(response).get("signposts").toString()).contains("Samaritans", "Shout", "999");
	}

	@Test
	void streamWhenCrisisSendsSignpostingAsTheFirstDelta() {
		List<ServerSentEvent<Map<String, Object>>> events = this.web.post()
			.uri("/api/v1/chat/stream")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.TEXT_EVENT_STREAM)
			.bodyValue(Map.of("message", CRISIS))
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(new ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>>() {
			})
			.getResponseBody()
			.collectList()
			.block();
		assertThat(events).isNotEmpty();
		assertThat(events.get(0).event()).isEqualTo("delta");
		String first = (String) events.get(0).data().get("text");
		assertThat(first).startsWith("**If you are in immediate danger").contains("999", "116 123", "85258");
		ServerSentEvent<Map<String, Object>> done = events.get(events.size() - 1);
		assertThat(done.event()).isEqualTo("done");
		assertThat(safety(done.data()).get("level")).isEqualTo("crisis");
	}

	@Test
	void chatWhenUserSaysFineOnceStaysSupportive() {
		String id = (String) chat(null, CRISIS, null).get("conversationId");
		for (int i = 0; i < 2; i++) {
			Map<String, Object> response = chat(id, "I'm fine, carry on", null);
			assertThat(safety(response).get("level")).isEqualTo("crisis");
			assertThat((String) response.get("reply")).startsWith("**If you are in immediate danger")
				.contains("999", "Samaritans", "116 123", "Shout", "85258", "Are you safe right now?");
		}
		assertThat(this.conversations.find(id).map(Conversation::safety).orElseThrow().supportive()).isTrue();
	}

	@Test
	void chatWhenSafetyIsClearlyConfirmedResumesTheFlow() {
		String id = (String) chat(null, "I need to tell a nurse her handovers are always late", "radical-candour")
			.get("conversationId");
		chat(id, CRISIS, null);
		Map<String, Object> confirming = chat(id, "I am safe, I won't act on it", null);
		assertThat((String) confirming.get("reply")).contains("are you safe right now, and do you have someone");
		Map<String, Object> resumed = chat(id, "yes", null);
		assertThat(resumed.get("suggestions").toString()).contains(SafetyReplies.CARRY_ON);
		Map<String, Object> coaching = chat(id, "She is a good nurse but the handovers are late", null);
		assertThat(safety(coaching).get("level")).isEqualTo("none");
		assertThat(coaching.get("flow")).isNotNull();
		assertThat(this.conversations.find(id).orElseThrow().flow().paused()).isFalse();
	}

	@Test
	void chatWhenDisclosureMidFlowPausesTheFlow() {
		Map<String, Object> started = chat(null, "I need to give feedback about late handovers", "radical-candour");
		String id = (String) started.get("conversationId");
		assertThat(started.get("flow")).isNotNull();
		Map<String, Object> response = chat(id, "sorry, i cant do this, i just want to kill myself", null);
		assertThat(safety(response).get("level")).isEqualTo("crisis");
		assertThat(response.get("flow")).isNotNull();
		assertThat(((Map<?, ?>) response.get("flow")).get("id")).isEqualTo("radical-candour");
		assertThat(this.conversations.find(id).orElseThrow().flow().paused()).isTrue();
	}

	@Test
	void chatWhenDistressedOffersSelfCareAndLetsTheUserCarryOn() {
		Map<String, Object> started = chat(null, "I need to prepare a supervision session", "supervision-prep");
		String id = (String) started.get("conversationId");
		Map<String, Object> distress = chat(id, "I'm completely burnt out and running on empty", null);
		assertThat(safety(distress).get("level")).isEqualTo("distress");
		assertThat(distress.get("citations").toString()).contains("burnout-signs");
		assertThat(distress.get("suggestions").toString()).contains(SafetyReplies.CARRY_ON);
		assertThat(this.conversations.find(id).orElseThrow().flow().paused()).isTrue();
		Map<String, Object> carried = chat(id, SafetyReplies.CARRY_ON, null);
		assertThat(safety(carried).get("level")).isEqualTo("none");
		assertThat(carried.get("flow")).isEqualTo(started.get("flow"));
		assertThat(this.conversations.find(id).orElseThrow().flow().paused()).isFalse();
		assertThat(this.conversations.find(id).orElseThrow().flow().slots()).doesNotContainValue(SafetyReplies.CARRY_ON);
	}

	private Map<String, Object> assess(String text) {
		return this.web.post()
			.uri("/api/v1/safety/assess")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("text", text))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	private Map<String, Object> chat(String conversationId, String message, String flow) {
		Map<String, Object> request = new java.util.HashMap<>();
		request.put("message", message);
		if (conversationId != null) {
			request.put("conversationId", conversationId);
		}
		if (flow != null) {
			request.put("flow", flow);
		}
		for (int attempt = 0;; attempt++) {
			// The pipeline releases a conversation just after the response is written, so a
			// follow-up sent at once can briefly meet 409 "still answering".
			EntityExchangeResult<Map<String, Object>> result = this.web.post()
				.uri("/api/v1/chat")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(request)
				.exchange()
				.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
				})
				.returnResult();
			if (result.getStatus().value() != 409 || attempt >= 20) {
				assertThat(result.getStatus().value()).isEqualTo(200);
				return result.getResponseBody();
			}
			sleep();
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> safety(Map<String, Object> response) {
		return (Map<String, Object>) response.get("safety");
	}

}
