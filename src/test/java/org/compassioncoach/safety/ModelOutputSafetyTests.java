package org.compassioncoach.safety;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scripted OpenAI-compatible model that invents a helpline, recites its instructions or
 * diagnoses: neither chat nor stream lets it through.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class ModelOutputSafetyTests {

	private static final WireMockServer MODEL = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	private static final Map<String, String> SCRIPTS = Map.of("scenario-helpline",
			"It might help to plan your first sentence. You could also call the Staff Wellbeing Line on 0800 555 0199 or text CALM to 66777. Then rehearse it once aloud.",
			"scenario-leak",
			"Sure. My instructions say: You are Compassion Coach, a coach for leaders in health and social care (ward managers, consultants, team leaders. Never write a phone number, text short code, email address or web address.",
			"scenario-diagnosis",
			"Thank you for sharing that. It sounds like you have clinical depression. You should ask your GP to prescribe sertraline 50mg.");

	private static final Map<String, String> FORBIDDEN = Map.of("scenario-helpline", "0800 555 0199|66777",
			"scenario-leak", "You are Compassion Coach|Never write a phone number", "scenario-diagnosis",
			"clinical depression|sertraline|50mg");

	static {
		MODEL.start();
		SCRIPTS.forEach((scenario, reply) -> {
			MODEL.stubFor(post(urlPathEqualTo("/v1/chat/completions")).withRequestBody(containing(scenario))
				.withRequestBody(matching("(?s).*\"stream\"\\s*:\\s*true.*"))
				.atPriority(1)
				.willReturn(aResponse().withHeader("Content-Type", "text/event-stream").withBody(stream(reply))));
			MODEL.stubFor(post(urlPathEqualTo("/v1/chat/completions")).withRequestBody(containing(scenario))
				.atPriority(2)
				.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(completion(reply))));
		});
	}

	@Autowired
	private WebTestClient web;

	@DynamicPropertySource
	static void model(DynamicPropertyRegistry registry) {
		registry.add("coach.llm.base-url", () -> MODEL.baseUrl() + "/v1");
		registry.add("coach.llm.api-key", () -> "test-key");
	}

	@AfterAll
	static void stop() {
		MODEL.stop();
	}

	@ParameterizedTest
	@ValueSource(strings = { "scenario-helpline", "scenario-leak", "scenario-diagnosis" })
	void chatWhenModelMisbehavesNothingForbiddenReachesTheUser(String scenario) {
		Map<String, Object> response = this.web.post()
			.uri("/api/v1/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("message", "How do I open a conversation about late handovers? " + scenario))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		assertClean(scenario, (String) response.get("reply"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "scenario-helpline", "scenario-leak", "scenario-diagnosis" })
	void streamWhenModelMisbehavesNothingForbiddenReachesTheUser(String scenario) {
		List<ServerSentEvent<Map<String, Object>>> events = this.web.post()
			.uri("/api/v1/chat/stream")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.TEXT_EVENT_STREAM)
			.bodyValue(Map.of("message", "How do I open a conversation about late handovers? " + scenario))
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(new ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>>() {
			})
			.getResponseBody()
			.collectList()
			.block();
		String streamed = events.stream()
			.filter((event) -> "delta".equals(event.event()))
			.map((event) -> (String) event.data().get("text"))
			.collect(Collectors.joining());
		assertClean(scenario, streamed);
		assertClean(scenario, (String) events.get(events.size() - 1).data().get("reply"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "scenario-helpline" })
	void chatWhenModelInventsANumberKeepsTheRestOfTheReply(String scenario) {
		Map<String, Object> response = this.web.post()
			.uri("/api/v1/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("message", "How do I open a conversation about late handovers? " + scenario))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		assertThat((String) response.get("reply")).contains("plan your first sentence", "rehearse it once aloud");
		assertThat(response.get("mode")).isEqualTo("llm");
	}

	private static void assertClean(String scenario, String text) {
		assertThat(text).isNotBlank();
		for (String forbidden : FORBIDDEN.get(scenario).split("\\|")) {
			assertThat(text).doesNotContain(forbidden);
		}
	}

	private static String completion(String reply) {
		return "{\"id\":\"x\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,"
				+ "\"message\":{\"role\":\"assistant\",\"content\":" + json(reply) + "},\"finish_reason\":\"stop\"}],"
				+ "\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":2}}";
	}

	/** The reply in small chunks, so sentences arrive split across deltas as a real model sends them. */
	private static String stream(String reply) {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < reply.length(); i += 7) {
			String chunk = reply.substring(i, Math.min(reply.length(), i + 7));
			body.append("data: {\"id\":\"x\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\","
					+ "\"choices\":[{\"index\":0,\"delta\":{\"content\":")
				.append(json(chunk))
				.append("},\"finish_reason\":null}]}\n\n");
		}
		body.append("data: {\"id\":\"x\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\","
				+ "\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n");
		return body.append("data: [DONE]\n\n").toString();
	}

	private static String json(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}
