package org.compassioncoach.chat;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Too many replies are being written by the model at once; the client should retry shortly. */
class ModelBusyException extends ResponseStatusException {

	static final String RETRY_AFTER_SECONDS = "2";

	ModelBusyException() {
		super(HttpStatus.SERVICE_UNAVAILABLE, "The coach is busy; please try again in a few seconds");
	}

	@Override
	public HttpHeaders getHeaders() {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		return headers;
	}

}
