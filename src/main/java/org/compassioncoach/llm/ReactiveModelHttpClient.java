package org.compassioncoach.llm;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventContext;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import dev.langchain4j.http.client.sse.ServerSentEventParsingHandle;
import io.netty.channel.ChannelOption;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * LangChain4j's HTTP client interface on Spring's reactive {@link WebClient}, so that a streamed
 * reply is read by Netty's event loop as bytes arrive.
 *
 * <p>LangChain4j's default JDK client parses a stream by blocking on an {@code InputStream} in a
 * task of {@code CompletableFuture}'s default executor: on two cores that is a new thread per
 * streamed turn, and on more cores it is the common fork-join pool, whose few threads each stay
 * blocked for a whole reply. Measured under 100 concurrent streams, a quarter of the service's
 * CPU went to those threads handing chunks along (docs/PERFORMANCE.md). Spring decodes the
 * server-sent events instead, so the {@code parser} LangChain4j passes in is not used; the
 * OpenAI-compatible API sends standard events, which Spring's decoder reads the same way.
 */
final class ReactiveModelHttpClient implements HttpClient {

	private static final ParameterizedTypeReference<ServerSentEvent<String>> EVENTS = new ParameterizedTypeReference<>() {
	};

	private final WebClient webClient;

	private ReactiveModelHttpClient(WebClient webClient) {
		this.webClient = webClient;
	}

	/** The one blocking call: LangChain4j's non-streaming chat, run on the model-call scheduler. */
	@Override
	public SuccessfulHttpResponse execute(HttpRequest request) {
		return send(request).exchangeToMono((response) -> response.bodyToMono(String.class)
			.defaultIfEmpty("")
			.flatMap((body) -> response.statusCode().is2xxSuccessful() ? Mono.just(successful(response, body))
					: Mono.error(new HttpException(response.statusCode().value(), body))))
			.block();
	}

	@Override
	public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
		Cancellation cancellation = new Cancellation();
		ServerSentEventContext context = new ServerSentEventContext(cancellation);
		cancellation.subscription = send(request).exchangeToFlux((response) -> open(response, listener))
			.subscribe((event) -> listener.onEvent(
					new dev.langchain4j.http.client.sse.ServerSentEvent(event.event(), event.data()), context),
					listener::onError, listener::onClose);
	}

	private Flux<ServerSentEvent<String>> open(ClientResponse response, ServerSentEventListener listener) {
		if (!response.statusCode().is2xxSuccessful()) {
			return response.bodyToMono(String.class)
				.defaultIfEmpty("")
				.flatMapMany((body) -> Flux.error(new HttpException(response.statusCode().value(), body)));
		}
		listener.onOpen(successful(response, null));
		// Some OpenAI-compatible servers label the stream text/plain or not at all; the events
		// are standard either way, so they are read as events whatever the label says.
		boolean labelled = response.headers()
			.contentType()
			.filter(MediaType.TEXT_EVENT_STREAM::isCompatibleWith)
			.isPresent();
		ClientResponse events = labelled ? response
				: response.mutate().headers((headers) -> headers.setContentType(MediaType.TEXT_EVENT_STREAM)).build();
		return events.bodyToFlux(EVENTS).filter((event) -> event.data() != null);
	}

	private WebClient.RequestBodySpec send(HttpRequest request) {
		WebClient.RequestBodySpec spec = this.webClient.method(HttpMethod.valueOf(request.method().name()))
			.uri(request.url())
			.headers((headers) -> request.headers().forEach(headers::addAll));
		if (request.body() != null) {
			if (!request.headers().containsKey(HttpHeaders.CONTENT_TYPE)) {
				spec.contentType(MediaType.APPLICATION_JSON);
			}
			spec.bodyValue(request.body());
		}
		return spec;
	}

	private static SuccessfulHttpResponse successful(ClientResponse response, String body) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		response.headers().asHttpHeaders().forEach(headers::put);
		SuccessfulHttpResponse.Builder builder = SuccessfulHttpResponse.builder()
			.statusCode(response.statusCode().value())
			.headers(headers);
		return (body != null) ? builder.body(body).build() : builder.build();
	}

	/** Lets LangChain4j's streaming handle stop reading a reply the user no longer waits for. */
	private static final class Cancellation implements ServerSentEventParsingHandle {

		private volatile Disposable subscription;

		private volatile boolean cancelled;

		@Override
		public void cancel() {
			this.cancelled = true;
			Disposable current = this.subscription;
			if (current != null) {
				current.dispose();
			}
		}

		@Override
		public boolean isCancelled() {
			return this.cancelled;
		}

	}

	/**
	 * Builds the client; LangChain4j sets the timeouts from the model's {@code timeout}. The read
	 * timeout bounds the wait for the answer and every gap between two reads of it, not the whole
	 * reply, so a long answer that keeps coming is fine; Netty checks it on the connection
	 * without a timer per streamed event.
	 */
	static final class Builder implements HttpClientBuilder {

		private final ConnectionProvider connections;

		private Duration connectTimeout = Duration.ofSeconds(10);

		private Duration readTimeout = Duration.ofSeconds(60);

		Builder(ConnectionProvider connections) {
			this.connections = connections;
		}

		@Override
		public Duration connectTimeout() {
			return this.connectTimeout;
		}

		@Override
		public Builder connectTimeout(Duration timeout) {
			if (timeout != null) {
				this.connectTimeout = timeout;
			}
			return this;
		}

		@Override
		public Duration readTimeout() {
			return this.readTimeout;
		}

		@Override
		public Builder readTimeout(Duration timeout) {
			if (timeout != null) {
				this.readTimeout = timeout;
			}
			return this;
		}

		@Override
		public ReactiveModelHttpClient build() {
			reactor.netty.http.client.HttpClient netty = reactor.netty.http.client.HttpClient.create(this.connections)
				.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) this.connectTimeout.toMillis())
				.responseTimeout(this.readTimeout);
			WebClient webClient = WebClient.builder()
				.clientConnector(new ReactorClientHttpConnector(netty))
				.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
				.build();
			return new ReactiveModelHttpClient(webClient);
		}

	}

}
