package org.compassioncoach.channels.slack;

import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * How both Slack endpoints read a request: 404 without a signing secret, then the raw body, then
 * 401 unless Slack signed it. The refusals are rendered as problem details.
 */
final class SlackRequests {

	/** API.md: bodies over 64 KiB are refused with 413. */
	static final int MAX_BODY_BYTES = 64 * 1024;

	private static final byte[] NO_BODY = new byte[0];

	private SlackRequests() {
	}

	/** The raw body of a request Slack signed; an error (404, 401, 413) for any other. */
	static Mono<byte[]> verifiedBody(ServerHttpRequest request, SlackSignatureVerifier verifier) {
		if (!verifier.configured()) {
			return Mono.error(notConfigured());
		}
		return rawBody(request).handle((body, sink) -> {
			if (verifier.verify(request.getHeaders(), body)) {
				sink.next(body);
			}
			else {
				sink.error(unauthorized());
			}
		});
	}

	/**
	 * The body exactly as it arrived, whatever its content type: the signature covers these
	 * bytes, so nothing may decode or re-encode them first.
	 */
	private static Mono<byte[]> rawBody(ServerHttpRequest request) {
		return DataBufferUtils.join(request.getBody(), MAX_BODY_BYTES).map((DataBuffer buffer) -> {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			DataBufferUtils.release(buffer);
			return bytes;
		}).defaultIfEmpty(NO_BODY);
	}

	private static ResponseStatusException notConfigured() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "Slack is not configured on this server");
	}

	private static ResponseStatusException unauthorized() {
		return new ResponseStatusException(HttpStatus.UNAUTHORIZED,
				"The request is not signed by Slack, or its signature or timestamp is not valid");
	}

}
