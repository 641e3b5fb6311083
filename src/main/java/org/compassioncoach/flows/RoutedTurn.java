package org.compassioncoach.flows;

import java.util.List;
import java.util.function.Function;

import org.compassioncoach.knowledge.Passage;

/**
 * The router's decision for a turn: the next flow state, what to retrieve, and how to
 * compose the step's reply once the cards are known.
 *
 * @param next the flow state after this turn ({@code null} outside a flow)
 * @param retrievalQuery the text to search the cards with
 * @param pinnedCards cards the step always cites
 * @param composer builds the step's plan from the retrieved passages
 */
public record RoutedTurn(FlowState next, String retrievalQuery, List<String> pinnedCards,
		Function<List<Passage>, StepPlan> composer) {

	public RoutedTurn {
		pinnedCards = List.copyOf(pinnedCards);
	}

}
