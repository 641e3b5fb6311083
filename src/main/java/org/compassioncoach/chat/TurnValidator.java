package org.compassioncoach.chat;

import java.util.regex.Pattern;

import org.compassioncoach.flows.FlowDefinition;
import org.compassioncoach.flows.FlowEngine;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** The first stage of a turn: refuse what cannot be answered, with a clear reason. */
@Component
class TurnValidator {

	static final int MAX_MESSAGE = 4000;

	private static final Pattern CONVERSATION_ID = Pattern.compile("[A-Za-z0-9:._\\-]{1,200}");

	private final FlowEngine flows;

	TurnValidator(FlowEngine flows) {
		this.flows = flows;
	}

	void validate(ChatRequest request) {
		if (request == null || request.message() == null || request.message().isBlank()) {
			throw new InvalidTurnException(HttpStatus.BAD_REQUEST, "'message' must not be empty");
		}
		if (request.message().length() > MAX_MESSAGE) {
			throw new InvalidTurnException(HttpStatus.BAD_REQUEST,
					"'message' is " + request.message().length() + " characters; the limit is " + MAX_MESSAGE);
		}
		if (request.flow() != null && this.flows.definition(request.flow()).isEmpty()) {
			throw new InvalidTurnException(HttpStatus.BAD_REQUEST, "Unknown flow; valid flows are: "
					+ String.join(", ", this.flows.definitions().stream().map(FlowDefinition::id).toList()));
		}
		if (request.conversationId() != null && !CONVERSATION_ID.matcher(request.conversationId()).matches()) {
			throw new InvalidTurnException(HttpStatus.BAD_REQUEST,
					"'conversationId' must be 1 to 200 letters, digits or . _ : -");
		}
	}

}
