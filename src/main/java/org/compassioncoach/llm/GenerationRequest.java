package org.compassioncoach.llm;

import java.util.List;

import org.compassioncoach.flows.StepPlan;
import org.compassioncoach.knowledge.Passage;
import org.compassioncoach.session.Exchange;

/**
 * Everything a generator needs for one reply, passed explicitly.
 *
 * @param message the user's message
 * @param history earlier messages, oldest first, without this message
 * @param plan what the flow step wants said, and its offline reply
 * @param passages the retrieved cards the reply may draw on
 */
public record GenerationRequest(String message, List<Exchange> history, StepPlan plan, List<Passage> passages) {

	public GenerationRequest {
		history = List.copyOf(history);
		passages = List.copyOf(passages);
	}

}
