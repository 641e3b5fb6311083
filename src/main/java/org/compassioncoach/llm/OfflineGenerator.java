package org.compassioncoach.llm;

import java.util.ArrayList;
import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * The deterministic coach: answers with the step's own reply, which the flow built from
 * templates, the user's words and the retrieved cards. Needs no network and never fails.
 */
@Component
public class OfflineGenerator implements ReplyGenerator {

	@Override
	public String mode() {
		return "offline";
	}

	@Override
	public Mono<String> reply(GenerationRequest request) {
		return Mono.just(request.plan().offlineReply());
	}

	/** Streams paragraph by paragraph so a page renders progressively, as with a model. */
	@Override
	public Flux<String> stream(GenerationRequest request) {
		return Flux.fromIterable(paragraphs(request.plan().offlineReply()));
	}

	static List<String> paragraphs(String text) {
		List<String> parts = new ArrayList<>();
		int start = 0;
		int next;
		while ((next = text.indexOf("\n\n", start)) >= 0) {
			parts.add(text.substring(start, next + 2));
			start = next + 2;
		}
		if (start < text.length()) {
			parts.add(text.substring(start));
		}
		return parts;
	}

}
