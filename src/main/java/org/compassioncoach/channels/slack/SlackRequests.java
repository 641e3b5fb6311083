package org.compassioncoach.channels.slack;

import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ResponseStatusException;

/** What both Slack endpoints share: the raw body, and the refusals (rendered as problem details). */
final class SlackRequests {

	/** API.md: bodies over 64 KiB are refused with 413. */
	static final int MAX_BODY_BYTES = 64 * 1024;

	private static final byte[] NO_BODY = new byte[0];

	private SlackRequests() {
	}

	/**
	 * The body exactly as it arrived, whatever its content type: the signature covers these
	 * bytes, so nothing may decode or re-encode them first.
	 */
	static Mono<byte[]> rawBody(ServerHttpRequest request) {
		return DataBufferUtils.join(request.getBody(), MAX_BODY_BYTES).map((DataBuffer buffer) -> {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			DataBufferUtils.release(buffer);
			return bytes;
		}).defaultIfEmpty(NO_BODY);
	}

	static ResponseStatusException notConfigured() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "Slack is not configured on this server");
	}

	static ResponseStatusException unauthorized() {
		return new ResponseStatusException(HttpStatus.UNAUTHORIZED,
				"The request is not signed by Slack, or its signature or timestamp is not valid");
	}

}
