package org.compassioncoach.channels.slack;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The refusals both Slack endpoints share; rendered as problem details. */
final class SlackRequests {

	static final byte[] NO_BODY = new byte[0];

	private SlackRequests() {
	}

	static ResponseStatusException notConfigured() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "Slack is not configured on this server");
	}

	static ResponseStatusException unauthorized() {
		return new ResponseStatusException(HttpStatus.UNAUTHORIZED,
				"The request is not signed by Slack, or its signature or timestamp is not valid");
	}

}
