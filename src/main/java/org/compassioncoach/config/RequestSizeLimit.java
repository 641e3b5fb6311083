package org.compassioncoach.config;

import java.nio.charset.StandardCharsets;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Refuses a declared body over 64 KiB before reading it (API.md: 413). Bodies without a
 * length are bounded by the codec limit ({@code spring.http.codecs.max-in-memory-size}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit implements WebFilter {

	static final long MAX_BODY_BYTES = 64 * 1024;

	private static final byte[] PROBLEM = """
			{"type":"about:blank","title":"Request too large","status":413,"detail":"The request body is larger than 64 KiB"}"""
		.getBytes(StandardCharsets.UTF_8);

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (exchange.getRequest().getHeaders().getContentLength() <= MAX_BODY_BYTES) {
			return chain.filter(exchange);
		}
		var response = exchange.getResponse();
		response.setStatusCode(HttpStatus.CONTENT_TOO_LARGE);
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		DataBuffer body = response.bufferFactory().wrap(PROBLEM);
		return response.writeWith(Mono.just(body));
	}

}
