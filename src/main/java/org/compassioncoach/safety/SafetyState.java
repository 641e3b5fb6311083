package org.compassioncoach.safety;

import java.util.List;
import java.util.Set;

/**
 * What the safety layer remembers across a conversation's turns.
 *
 * @param level the level the conversation is held at ({@code crisis} keeps it in a supportive
 * state until the user clearly says they are safe)
 * @param categories the categories seen so far
 * @param riskSignals how many turns carried a risk signal (they accumulate)
 * @param hold what the coach is waiting for before coaching resumes
 * @param topics directory topics seen so far (e.g. {@code abuse})
 * @param audiences who the services should suit (e.g. {@code doctors})
 * @param askedDirectly whether the last reply asked directly about thoughts of suicide
 */
public record SafetyState(SafetyLevel level, List<String> categories, int riskSignals, Hold hold, Set<String> topics,
		Set<String> audiences, boolean askedDirectly) {

	public SafetyState {
		categories = List.copyOf(categories);
		hold = (hold != null) ? hold : Hold.NONE;
		topics = Set.copyOf(topics);
		audiences = Set.copyOf(audiences);
	}

	public SafetyState(SafetyLevel level, List<String> categories, int riskSignals) {
		this(level, categories, riskSignals, (level == SafetyLevel.CRISIS) ? Hold.CRISIS : Hold.NONE, Set.of(), Set.of(),
				false);
	}

	public static SafetyState initial() {
		return new SafetyState(SafetyLevel.NONE, List.of(), 0, Hold.NONE, Set.of(), Set.of(), false);
	}

	/** Whether the conversation is held in the supportive state after a crisis. */
	public boolean supportive() {
		return this.hold == Hold.CRISIS || this.hold == Hold.CONFIRMING;
	}

	/** What the coach waits for before coaching resumes. */
	public enum Hold {

		/** Nothing: coaching goes on. */
		NONE,
		/** After a crisis: support until the user clearly says they (or the person) are safe. */
		CRISIS,
		/** The user said they are safe; the coach has asked once more to confirm. */
		CONFIRMING,
		/** After distress: the user chooses to carry on or to talk about how they feel. */
		DISTRESS

	}

}
