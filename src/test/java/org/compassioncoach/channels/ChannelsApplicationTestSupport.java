package org.compassioncoach.channels;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * The one application context the channel tests share: the whole service on a random port,
 * Slack and Teams configured, WireMock standing in for the Slack Web API (and the slash
 * commands' response URLs) and for an OpenAI-compatible model that answers at once, or after
 * {@link #SLOW_MODEL_DELAY} when a message contains {@link #SLOW}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ChannelsApplicationTestSupport {

	/** Slack's published example secret. */
	public static final String SLACK_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

	/** Microsoft's published example security token. */
	public static final String TEAMS_SECRET = "vqF0En+Z0ucuRTM/01o2GuhMH3hKKk/N2bOmlM31zaA=";

	public static final String TEAM = "T0001";

	public static final String COACH_USER = "UCOACHBOT";

	/** A message containing this makes the model stub wait {@link #SLOW_MODEL_DELAY}. */
	public static final String SLOW = "take all the time you need";

	public static final Duration SLOW_MODEL_DELAY = Duration.ofSeconds(8);

	public static final String MODEL_REPLY = "Start with the bottom line, then listen to how they see it.";

	protected static final WireMockServer SLACK = new WireMockServer(options().dynamicPort());

	protected static final WireMockServer MODEL = new WireMockServer(options().dynamicPort());

	static {
		SLACK.start();
		SLACK.stubFor(post(urlEqualTo("/api/auth.test"))
			.willReturn(okJson("{\"ok\":true,\"url\":\"https://test.slack.com/\",\"team\":\"Test\",\"user\":\"coach\","
					+ "\"team_id\":\"" + TEAM + "\",\"user_id\":\"" + COACH_USER + "\",\"bot_id\":\"BCOACH\"}")));
		SLACK.stubFor(post(urlEqualTo("/api/chat.postMessage"))
			.willReturn(okJson("{\"ok\":true,\"channel\":\"D0\",\"ts\":\"1700000000.999999\"}")));
		SLACK.stubFor(post(urlPathMatching("/commands/.*")).willReturn(aResponse().withStatus(200).withBody("ok")));
		MODEL.start();
		String completion = "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"created\":1700000000,"
				+ "\"model\":\"gpt-4o-mini\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\""
				+ MODEL_REPLY + "\"},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":10,"
				+ "\"completion_tokens\":12,\"total_tokens\":22}}";
		MODEL.stubFor(post(urlEqualTo("/v1/chat/completions")).atPriority(5).willReturn(okJson(completion)));
		MODEL.stubFor(post(urlEqualTo("/v1/chat/completions")).atPriority(1)
			.withRequestBody(containing(SLOW))
			.willReturn(okJson(completion).withFixedDelay((int) SLOW_MODEL_DELAY.toMillis())));
	}

	@DynamicPropertySource
	static void channels(DynamicPropertyRegistry registry) {
		registry.add("coach.slack.signing-secret", () -> SLACK_SECRET);
		registry.add("coach.slack.bot-token", () -> "xoxb-test-token");
		registry.add("coach.slack.api-base-url", () -> SLACK.baseUrl() + "/api/");
		registry.add("coach.teams.webhook-secret", () -> TEAMS_SECRET);
		registry.add("coach.llm.base-url", () -> MODEL.baseUrl() + "/v1");
		registry.add("coach.llm.api-key", () -> "test-key");
	}

	@LocalServerPort
	protected int port;

	protected WebTestClient client() {
		return WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.responseTimeout(Duration.ofSeconds(20))
			.build();
	}

	/** The form fields of each chat.postMessage call to a channel, in order. */
	protected static List<Map<String, String>> posts(String channel) {
		return SLACK.findAll(postRequestedFor(urlEqualTo("/api/chat.postMessage")))
			.stream()
			.map(LoggedRequest::getBodyAsString)
			.map(ChannelsApplicationTestSupport::form)
			.filter((fields) -> channel.equals(fields.get("channel")))
			.toList();
	}

	/** The requests made to a slash command's response URL. */
	protected static List<String> responses(String path) {
		return SLACK.findAll(postRequestedFor(urlEqualTo(path))).stream().map(LoggedRequest::getBodyAsString).toList();
	}

	protected static Map<String, String> form(String body) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (String pair : body.split("&")) {
			int equals = pair.indexOf('=');
			if (equals > 0) {
				fields.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
			}
		}
		return fields;
	}

	protected static long millisSince(long nanoTime) {
		return Duration.ofNanos(System.nanoTime() - nanoTime).toMillis();
	}

}
