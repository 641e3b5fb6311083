package org.compassioncoach.flows;

import java.util.List;
import java.util.function.Function;

import reactor.core.publisher.Mono;

import org.compassioncoach.knowledge.Passage;

/**
 * The router's decision for a turn: what to retrieve, and how to compose the step's reply
 * (and the flow state after it) once the cards are known.
 *
 * @param retrievalQuery the text to search the cards with
 * @param pinnedCards cards the step always cites
 * @param composer builds the step's plan from the retrieved passages; a {@code Mono} because
 * some steps assess the user's words with the embedding model first (off the event loop)
 */
public record RoutedTurn(String retrievalQuery, List<String> pinnedCards,
		Function<List<Passage>, Mono<StepPlan>> composer) {

	public RoutedTurn {
		pinnedCards = List.copyOf(pinnedCards);
	}

}
