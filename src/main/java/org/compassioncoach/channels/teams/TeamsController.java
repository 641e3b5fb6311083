package org.compassioncoach.channels.teams;

import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.compassioncoach.channels.FlowChoice;
import org.compassioncoach.channels.TurnFailures;
import org.compassioncoach.chat.ChatRequest;
import org.compassioncoach.chat.TurnPipeline;
import org.compassioncoach.flows.FlowEngine;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The Teams outgoing-webhook endpoint: verifies the HMAC over the raw body and answers in the
 * same response, well inside Teams' 5 seconds: the model gets {@link #MODEL_BUDGET}, after which
 * the pipeline's offline reply stands in, and the whole answer is bounded by {@link #DEADLINE}.
 */
@RestController
class TeamsController {

	private static final Log logger = LogFactory.getLog(TeamsController.class);

	static final Duration MODEL_BUDGET = Duration.ofMillis(3500);

	static final Duration DEADLINE = Duration.ofMillis(4500);

	static final String LATE = "Sorry, I couldn't finish an answer in the time Teams allows. Please send your "
			+ "message again. If you or someone else is in danger right now, contact your local emergency services.";

	private static final byte[] NO_BODY = new byte[0];

	private final TeamsProperties properties;

	private final TeamsSignatureVerifier verifier;

	private final TurnPipeline pipeline;

	private final TeamsMessageRenderer renderer;

	private final FlowEngine flows;

	private final JsonMapper json;

	TeamsController(TeamsProperties properties, TeamsSignatureVerifier verifier, TurnPipeline pipeline,
			TeamsMessageRenderer renderer, FlowEngine flows, JsonMapper json) {
		this.properties = properties;
		this.verifier = verifier;
		this.pipeline = pipeline;
		this.renderer = renderer;
		this.flows = flows;
		this.json = json;
	}

	@PostMapping("/teams/messages")
	Mono<ResponseEntity<TeamsReply>> message(
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
			@RequestBody(required = false) Mono<byte[]> body) {
		if (!this.properties.enabled()) {
			return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "Teams is not configured on this server"));
		}
		return body.defaultIfEmpty(NO_BODY).flatMap((bytes) -> {
			if (!this.verifier.verify(authorization, bytes)) {
				return Mono.error(new ResponseStatusException(HttpStatus.UNAUTHORIZED,
						"The request is not signed with this webhook's security token"));
			}
			TeamsMessage message = TeamsMessage.from(parse(bytes));
			if (message == null) {
				return Mono.error(new ResponseStatusException(HttpStatus.BAD_REQUEST,
						"The activity does not name its conversation and sender"));
			}
			return answer(message);
		}).map((text) -> ResponseEntity.ok(TeamsReply.of(text)));
	}

	private Mono<String> answer(TeamsMessage message) {
		if (message.text().isBlank()) {
			return Mono.just(this.renderer.help(this.flows.definitions()));
		}
		ChatRequest request = FlowChoice.request(message.conversationId(), message.text(), this.flows.definitions(),
				false);
		return Mono.defer(() -> this.pipeline.chat(request, MODEL_BUDGET))
			.map(this.renderer::render)
			.onErrorResume((error) -> Mono.just(TurnFailures.explain("Teams", error)))
			.timeout(DEADLINE, Mono.fromSupplier(() -> {
				logger.warn("Teams answer not ready within " + DEADLINE.toMillis() + " ms; sent the apology");
				return LATE;
			}));
	}

	private JsonNode parse(byte[] body) {
		try {
			return this.json.readTree(body);
		}
		catch (JacksonException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The request body is not valid JSON");
		}
	}

}
