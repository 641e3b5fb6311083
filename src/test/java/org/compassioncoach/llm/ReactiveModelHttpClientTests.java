package org.compassioncoach.llm;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.http.client.HttpMethod;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.DefaultServerSentEventParser;
import dev.langchain4j.http.client.sse.ServerSentEvent;
import dev.langchain4j.http.client.sse.ServerSentEventContext;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.core.NestedExceptionUtils;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/** The model's HTTP client as LangChain4j uses it: plain calls, streamed events, errors, cancelling. */
class ReactiveModelHttpClientTests {

	private static final WireMockServer server = new WireMockServer(options().dynamicPort());

	private static final ConnectionProvider connections = ConnectionProvider.create("test", 4);

	private final ReactiveModelHttpClient client = new ReactiveModelHttpClient.Builder(connections)
		.readTimeout(Duration.ofSeconds(5))
		.build();

	@BeforeAll
	static void start() {
		server.start();
	}

	@AfterAll
	static void stop() {
		server.stop();
		connections.dispose();
	}

	@BeforeEach
	void reset() {
		server.resetAll();
	}

	@Test
	void plainCallReturnsStatusAndBodyAndSendsTheHeadersAndBody() {
		server.stubFor(post(urlPathEqualTo("/v1/chat/completions"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"ok\":true}")));

		SuccessfulHttpResponse response = this.client.execute(request());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"ok\":true}");
		server.verify(postRequestedFor(urlPathEqualTo("/v1/chat/completions"))
			.withHeader("Authorization", equalTo("Bearer test-key"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalTo("{\"stream\":true}")));
	}

	@Test
	void plainCallThatFailsCarriesTheStatusAndBody() {
		server.stubFor(post(urlPathEqualTo("/v1/chat/completions"))
			.willReturn(aResponse().withStatus(429).withBody("slow down")));

		Throwable failure = catchFailure(() -> this.client.execute(request()));

		assertThat(failure).isInstanceOf(HttpException.class).hasMessage("slow down");
		assertThat(((HttpException) failure).statusCode()).isEqualTo(429);
	}

	@Test
	void streamedEventsArriveInOrderThenTheStreamCloses() throws Exception {
		server.stubFor(post(urlPathEqualTo("/v1/chat/completions"))
			.willReturn(aResponse().withHeader("Content-Type", "text/event-stream")
				.withBody("data: one\n\ndata: two\n\n: a comment\n\ndata: [DONE]\n\n")));
		Recorder recorder = new Recorder();

		this.client.execute(request(), new DefaultServerSentEventParser(), recorder);

		assertThat(recorder.closed.get(5, TimeUnit.SECONDS)).isEqualTo("closed");
		assertThat(recorder.opened).isTrue();
		assertThat(recorder.data).containsExactly("one", "two", "[DONE]");
	}

	@Test
	void streamLabelledAsPlainTextIsStillReadAsEvents() throws Exception {
		server.stubFor(post(urlPathEqualTo("/v1/chat/completions"))
			.willReturn(aResponse().withHeader("Content-Type", "text/plain").withBody("data: one\n\ndata: two\n\n")));
		Recorder recorder = new Recorder();

		this.client.execute(request(), new DefaultServerSentEventParser(), recorder);

		assertThat(recorder.closed.get(5, TimeUnit.SECONDS)).isEqualTo("closed");
		assertThat(recorder.data).containsExactly("one", "two");
	}

	@Test
	void streamThatFailsReportsTheStatusAndBody() throws Exception {
		server.stubFor(post(urlPathEqualTo("/v1/chat/completions"))
			.willReturn(aResponse().withStatus(503).withBody("overloaded")));
		Recorder recorder = new Recorder();

		this.client.execute(request(), new DefaultServerSentEventParser(), recorder);

		assertThat(recorder.closed.get(5, TimeUnit.SECONDS)).isEqualTo("error 503 overloaded");
		assertThat(recorder.opened).isFalse();
	}

	@Test
	void cancellingStopsReadingTheStream() throws Exception {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < 40; i++) {
			body.append("data: token").append(i).append("\n\n");
		}
		// 40 events dribbled over two seconds: the client cancels after the first one.
		server.stubFor(post(urlPathEqualTo("/v1/chat/completions"))
			.willReturn(aResponse().withHeader("Content-Type", "text/event-stream")
				.withBody(body.toString())
				.withChunkedDribbleDelay(40, 2000)));
		Recorder recorder = new Recorder() {
			@Override
			public void onEvent(ServerSentEvent event, ServerSentEventContext context) {
				super.onEvent(event, context);
				context.parsingHandle().cancel();
			}
		};

		this.client.execute(request(), new DefaultServerSentEventParser(), recorder);
		Thread.sleep(2500);

		assertThat(recorder.data).hasSizeLessThan(5);
		assertThat(recorder.closed).isNotDone();
	}

	@Test
	void streamThatGoesQuietLongerThanTheReadTimeoutFails() throws Exception {
		// Two events a second apart: the gap, not the length of the reply, is what the timeout bounds.
		server.stubFor(post(urlPathEqualTo("/v1/chat/completions"))
			.willReturn(aResponse().withHeader("Content-Type", "text/event-stream")
				.withBody("data: one\n\ndata: two\n\n")
				.withChunkedDribbleDelay(2, 2000)));
		ReactiveModelHttpClient impatient = new ReactiveModelHttpClient.Builder(connections)
			.readTimeout(Duration.ofMillis(300))
			.build();
		Recorder recorder = new Recorder();

		impatient.execute(request(), new DefaultServerSentEventParser(), recorder);

		assertThat(recorder.closed.get(5, TimeUnit.SECONDS)).isEqualTo("error ReadTimeoutException");
		assertThat(recorder.data).doesNotContain("two");
	}

	private static HttpRequest request() {
		return HttpRequest.builder()
			.method(HttpMethod.POST)
			.url(server.baseUrl() + "/v1/chat/completions")
			.addHeader("Authorization", "Bearer test-key")
			.body("{\"stream\":true}")
			.build();
	}

	private static Throwable catchFailure(Runnable call) {
		try {
			call.run();
			return null;
		}
		catch (RuntimeException ex) {
			return ex;
		}
	}

	/** Records what LangChain4j's streaming code would be told. */
	private static class Recorder implements ServerSentEventListener {

		final List<String> data = new CopyOnWriteArrayList<>();

		final CompletableFuture<String> closed = new CompletableFuture<>();

		volatile boolean opened;

		@Override
		public void onOpen(SuccessfulHttpResponse response) {
			this.opened = response.statusCode() == 200;
		}

		@Override
		public void onEvent(ServerSentEvent event, ServerSentEventContext context) {
			this.data.add(event.data());
		}

		@Override
		public void onError(Throwable error) {
			this.closed.complete((error instanceof HttpException http) ? "error " + http.statusCode() + " " + http.getMessage()
					: "error " + NestedExceptionUtils.getMostSpecificCause(error).getClass().getSimpleName());
		}

		@Override
		public void onClose() {
			this.closed.complete("closed");
		}

	}

}
