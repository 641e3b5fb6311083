package org.compassioncoach.channels.slack;

import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The Slack Events API endpoint: verifies the signature over the raw body, answers the URL
 * handshake, and acknowledges messages at once; the reply follows asynchronously. A delivery
 * already accepted (a retry, or the same message under another event id) is acknowledged and
 * ignored.
 */
@RestController
class SlackEventsController {

	private static final Log logger = LogFactory.getLog(SlackEventsController.class);

	static final String RETRY_NUM = "X-Slack-Retry-Num";

	private final SlackSignatureVerifier verifier;

	private final SlackDeliveryLog deliveries;

	private final SlackCoach coach;

	private final JsonMapper json;

	SlackEventsController(SlackSignatureVerifier verifier, SlackDeliveryLog deliveries, SlackCoach coach,
			JsonMapper json) {
		this.verifier = verifier;
		this.deliveries = deliveries;
		this.coach = coach;
		this.json = json;
	}

	@PostMapping("/slack/events")
	Mono<ResponseEntity<Object>> events(ServerHttpRequest request) {
		return SlackRequests.verifiedBody(request, this.verifier).map((body) -> handle(request.getHeaders(), body));
	}

	private ResponseEntity<Object> handle(HttpHeaders headers, byte[] body) {
		JsonNode callback = parse(body);
		String type = SlackEvent.text(callback, "type");
		if ("url_verification".equals(type)) {
			String challenge = SlackEvent.text(callback, "challenge");
			return ResponseEntity.ok(Map.of("challenge", (challenge != null) ? challenge : ""));
		}
		if ("event_callback".equals(type)) {
			accept(SlackEvent.from(callback), headers.getFirst(RETRY_NUM));
		}
		return ResponseEntity.ok().build();
	}

	private void accept(SlackEvent event, String retry) {
		if (!event.forCoach()) {
			return;
		}
		if (!this.deliveries.firstDelivery(event.deliveryKeys())) {
			if (logger.isDebugEnabled()) {
				logger.debug("Slack event " + event.eventId() + " already accepted; ignored"
						+ ((retry != null) ? " (retry " + retry + ")" : ""));
			}
			return;
		}
		this.coach.answer(event);
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
