package org.compassioncoach.chat;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A request the pipeline refuses before doing anything; rendered as problem details. */
public class InvalidTurnException extends ResponseStatusException {

	public InvalidTurnException(HttpStatus status, String reason) {
		super(status, reason);
	}

}
