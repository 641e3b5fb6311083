package org.compassioncoach.llm;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Writes the coach's reply for a planned step: the offline coach or a language model. */
public interface ReplyGenerator {

	/** {@code offline} or {@code llm}, as the API reports it. */
	String mode();

	/** The whole reply at once. */
	Mono<String> reply(GenerationRequest request);

	/** The reply as it is written, in fragments that concatenate to the whole. */
	Flux<String> stream(GenerationRequest request);

}
