package org.compassioncoach.safety;

import java.util.List;

import org.compassioncoach.knowledge.Citation;

/**
 * The supportive reply that answers a turn in place of the coaching flow.
 *
 * @param text Markdown, signposting first
 * @param suggestions quick replies
 * @param citations the cards it offers (self-care, compassion fatigue)
 */
public record SafetyReply(String text, List<String> suggestions, List<Citation> citations) {

	public SafetyReply {
		suggestions = List.copyOf(suggestions);
		citations = List.copyOf(citations);
	}

}
