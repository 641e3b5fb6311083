package org.compassioncoach.chat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Overload: with every model slot taken a turn gets a 503 problem with Retry-After instead of
 * a queue that grows without end; a second turn on a busy conversation gets 409; and closing
 * the application lets a stream in flight finish. The model is scripted to answer slowly, so
 * a turn stays in flight while the test looks; nothing here asserts on timing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OverloadTests {

	private static final WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	private static final OpenAiStub model;

	static {
		server.start();
		model = new OpenAiStub(server);
	}

	@LocalServerPort
	private int port;

	@Autowired
	private MeterRegistry meters;

	@Autowired
	private ConfigurableApplicationContext context;

	private WebClient client;

	@DynamicPropertySource
	static void modelProperties(DynamicPropertyRegistry registry) {
		registry.add("coach.llm.base-url", model::baseUrl);
		registry.add("coach.llm.max-concurrent", () -> "1");
		registry.add("coach.llm.timeout", () -> "20s");
	}

	@BeforeEach
	void slowModel() {
		this.client = WebClient.create("http://127.0.0.1:" + this.port);
		// A turn cancelled by an earlier test gives its slot back; wait for that before scripting.
		await().atMost(Duration.ofSeconds(20)).until(() -> activeModelCalls() == 0);
		modelAnswersAfter(1500);
	}

	private static void modelAnswersAfter(int millis) {
		server.resetAll();
		server.stubFor(post(urlPathEqualTo("/v1/chat/completions")).willReturn(aResponse().withFixedDelay(millis)
			.withHeader("Content-Type", "text/event-stream")
			.withBody(OpenAiStub.chunk("Take a breath first. ", null) + OpenAiStub.chunk("Then name the behaviour.", null)
					+ OpenAiStub.chunk("", "stop") + "data: [DONE]\n\n")));
	}

	@AfterAll
	static void stopModel() {
		server.stop();
	}

	@Test
	@Order(1)
	void turnWhenEveryModelSlotIsTakenGetsServiceUnavailableWithRetryAfter() {
		Disposable first = streamInBackground(Map.of("message", "How do I raise late handover notes?"));
		try {
			await().atMost(Duration.ofSeconds(20)).until(() -> activeModelCalls() == 1);
			this.client.post()
				.uri("/api/v1/chat/stream")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("message", "How do I give feedback on missed training?"))
				.exchangeToMono((response) -> {
					assertThat(response.statusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
					assertThat(response.headers().asHttpHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("2");
					assertThat(response.headers().contentType()).hasValue(MediaType.APPLICATION_PROBLEM_JSON);
					return response.bodyToMono(new ParameterizedTypeReference<Map<String, Object>>() {
					});
				})
				.doOnNext((problem) -> {
					assertThat(problem).containsEntry("status", 503).containsEntry("title", "Service busy");
					assertThat(problem.get("detail").toString()).contains("try again");
				})
				.block(Duration.ofSeconds(20));
		}
		finally {
			first.dispose();
		}
	}

	@Test
	@Order(2)
	void secondTurnOnAConversationStillAnsweringGetsConflict() {
		Disposable first = streamInBackground(Map.of("conversationId", "c-overload-409", "message",
				"How do I open a conversation about lateness?"));
		try {
			await().atMost(Duration.ofSeconds(20)).until(() -> activeModelCalls() == 1);
			HttpStatus status = this.client.post()
				.uri("/api/v1/chat")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("conversationId", "c-overload-409", "message", "And what if they cry?"))
				.exchangeToMono((response) -> Mono.just(HttpStatus.valueOf(response.statusCode().value())))
				.block(Duration.ofSeconds(20));
			assertThat(status).isEqualTo(HttpStatus.CONFLICT);
		}
		finally {
			first.dispose();
		}
	}

	@Test
	@Order(3)
	@DirtiesContext
	void closingTheApplicationLetsAStreamInFlightFinish() {
		// Longer than the event loops' quiet period on close (2 s): without a graceful shutdown
		// the connection would be closed before the model answers.
		modelAnswersAfter(4000);
		Mono<List<ServerSentEvent<String>>> stream = this.client.post()
			.uri("/api/v1/chat/stream")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("message", "How do I raise late handover notes?"))
			.retrieve()
			.bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() {
			})
			.collectList()
			.cache();
		stream.subscribe();
		await().atMost(Duration.ofSeconds(20)).until(() -> activeModelCalls() == 1);
		Thread closer = new Thread(this.context::close, "test-close");
		closer.start();
		List<ServerSentEvent<String>> events = stream.block(Duration.ofSeconds(30));
		assertThat(events).isNotEmpty();
		ServerSentEvent<String> done = events.get(events.size() - 1);
		assertThat(done.event()).isEqualTo("done");
		assertThat(done.data()).contains("\"mode\":\"llm\"").contains("Take a breath first.");
	}

	private Disposable streamInBackground(Map<String, String> body) {
		return this.client.post()
			.uri("/api/v1/chat/stream")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.retrieve()
			.bodyToFlux(String.class)
			.subscribe((event) -> {
			}, (error) -> {
			});
	}

	private double activeModelCalls() {
		return this.meters.get("coach.model.calls.active").gauge().value();
	}

}
