package org.compassioncoach.chat;

import java.net.URI;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;

/**
 * Every API error as RFC 9457 problem details with a plain reason; never a stack trace and
 * never the user's text.
 */
@RestControllerAdvice
class ApiErrors {

	private static final Map<Integer, String> TITLES = Map.of(400, "Bad request", 404, "Not found", 409,
			"Conversation busy", 413, "Request too large", 415, "Unsupported media type", 503, "Service busy");

	@ExceptionHandler(ServerWebInputException.class)
	Mono<ResponseEntity<ProblemDetail>> input(ServerWebInputException ex, ServerWebExchange exchange) {
		if (causedByLimit(ex)) {
			return problem(HttpStatus.CONTENT_TOO_LARGE, "The request body is larger than 64 KiB", exchange,
					HttpHeaders.EMPTY);
		}
		String detail = (ex.getCause() != null) ? "The request body is not valid JSON for this endpoint"
				: (ex.getReason() != null) ? ex.getReason() : "The request is not valid";
		return problem(HttpStatus.BAD_REQUEST, detail, exchange, HttpHeaders.EMPTY);
	}

	@ExceptionHandler(UnsupportedMediaTypeStatusException.class)
	Mono<ResponseEntity<ProblemDetail>> mediaType(UnsupportedMediaTypeStatusException ex, ServerWebExchange exchange) {
		return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send the request as application/json", exchange,
				HttpHeaders.EMPTY);
	}

	@ExceptionHandler(DataBufferLimitException.class)
	Mono<ResponseEntity<ProblemDetail>> tooLarge(DataBufferLimitException ex, ServerWebExchange exchange) {
		return problem(HttpStatus.CONTENT_TOO_LARGE, "The request body is larger than 64 KiB", exchange,
				HttpHeaders.EMPTY);
	}

	@ExceptionHandler(ResponseStatusException.class)
	Mono<ResponseEntity<ProblemDetail>> status(ResponseStatusException ex, ServerWebExchange exchange) {
		String detail = (ex.getReason() != null) ? ex.getReason() : "The request cannot be answered";
		return problem(ex.getStatusCode(), detail, exchange, ex.getHeaders());
	}

	private static boolean causedByLimit(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataBufferLimitException) {
				return true;
			}
		}
		return false;
	}

	static Mono<ResponseEntity<ProblemDetail>> problem(HttpStatusCode status, String detail,
			ServerWebExchange exchange, HttpHeaders headers) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(TITLES.getOrDefault(status.value(), HttpStatus.valueOf(status.value()).getReasonPhrase()));
		problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
		return Mono.just(ResponseEntity.status(status)
			.headers(headers)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem));
	}

}
