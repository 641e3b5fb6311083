package org.compassioncoach.safety;

import java.util.List;

/**
 * What the safety layer remembers across a conversation's turns.
 *
 * @param level the level the conversation is held at ({@code crisis} keeps it in a supportive
 * state until the user clearly says they are safe)
 * @param categories the categories seen so far
 * @param riskSignals how many turns carried a risk signal
 */
public record SafetyState(SafetyLevel level, List<String> categories, int riskSignals) {

	public SafetyState {
		categories = List.copyOf(categories);
	}

	public static SafetyState initial() {
		return new SafetyState(SafetyLevel.NONE, List.of(), 0);
	}

}
