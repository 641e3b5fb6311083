package org.compassioncoach.chat;

import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/** Scripts an OpenAI-compatible {@code /v1/chat/completions} endpoint on WireMock. */
final class OpenAiStub {

	private final WireMockServer server;

	OpenAiStub(WireMockServer server) {
		this.server = server;
	}

	String baseUrl() {
		return this.server.baseUrl() + "/v1";
	}

	void replies(String text) {
		stub(false, aResponse().withHeader("Content-Type", "application/json").withBody(completion(text)));
	}

	void streams(List<String> tokens) {
		StringBuilder body = new StringBuilder();
		tokens.forEach((token) -> body.append(chunk(token, null)));
		body.append(chunk("", "stop")).append("data: [DONE]\n\n");
		stub(true, aResponse().withHeader("Content-Type", "text/event-stream").withBody(body.toString()));
	}

	/** A stream that stops after some tokens: no finish reason, no [DONE]. */
	void streamsThenStops(List<String> tokens) {
		StringBuilder body = new StringBuilder();
		tokens.forEach((token) -> body.append(chunk(token, null)));
		stub(true, aResponse().withHeader("Content-Type", "text/event-stream").withBody(body.toString()));
	}

	void streamsThenBreaksConnection() {
		stub(true, aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK));
	}

	void fails(int status, boolean streaming) {
		stub(streaming, aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":{\"message\":\"scripted failure\",\"type\":\"server_error\"}}"));
	}

	void answersMalformedJson(boolean streaming) {
		stub(streaming, aResponse().withHeader("Content-Type", streaming ? "text/event-stream" : "application/json")
			.withBody(streaming ? "data: {\"choices\": [ {\"delta\": \n\n" : "{\"choices\": [ {\"message\": "));
	}

	void neverAnswers(boolean streaming, int delayMillis) {
		stub(streaming, aResponse().withFixedDelay(delayMillis)
			.withHeader("Content-Type", "application/json")
			.withBody(completion("too late")));
	}

	private void stub(boolean streaming, ResponseDefinitionBuilder response) {
		this.server.stubFor(post(urlPathEqualTo("/v1/chat/completions"))
			.withRequestBody(matchingJsonPath("$.stream", com.github.tomakehurst.wiremock.client.WireMock
				.equalTo(Boolean.toString(streaming))))
			.willReturn(response));
		if (!streaming) {
			this.server.stubFor(post(urlPathEqualTo("/v1/chat/completions"))
				.withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.notContaining("\"stream\""))
				.willReturn(response));
		}
	}

	static String completion(String text) {
		return """
				{"id":"chatcmpl-1","object":"chat.completion","created":1700000000,"model":"scripted",
				 "choices":[{"index":0,"message":{"role":"assistant","content":%s},"finish_reason":"stop"}],
				 "usage":{"prompt_tokens":10,"completion_tokens":10,"total_tokens":20}}"""
			.formatted(quote(text));
	}

	static String chunk(String token, String finishReason) {
		return "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,"
				+ "\"model\":\"scripted\",\"choices\":[{\"index\":0,\"delta\":{\"content\":" + quote(token)
				+ "},\"finish_reason\":" + ((finishReason != null) ? quote(finishReason) : "null") + "}]}\n\n";
	}

	private static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}

}
