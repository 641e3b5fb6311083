package org.compassioncoach.safety;

import java.util.List;
import java.util.Set;

/**
 * Everything the assessor found in one message, richer than the API's
 * {@link SafetyAssessment}: what the replies and the signposts need.
 *
 * @param level the highest level found
 * @param categories the categories, most serious first
 * @param topics categories plus topics the directory filters on (e.g. {@code abuse})
 * @param audiences who the services should suit ({@code everyone}, {@code staff},
 * {@code doctors})
 * @param kinds for someone else at risk, what kind of risk (e.g. {@code suicidal-thoughts})
 * @param sources the rules (or {@code semantic:<category>}) that fired, for tests and counting
 * @param nearMiss the semantic layer was close to crisis without reaching it
 */
record Finding(SafetyLevel level, List<String> categories, Set<String> topics, Set<String> audiences,
		Set<String> kinds, List<String> sources, boolean nearMiss) {

	Finding {
		categories = List.copyOf(categories);
		topics = Set.copyOf(topics);
		audiences = Set.copyOf(audiences);
		kinds = Set.copyOf(kinds);
		sources = List.copyOf(sources);
	}

	static Finding none() {
		return new Finding(SafetyLevel.NONE, List.of(), Set.of(), Set.of(), Set.of(), List.of(), false);
	}

	SafetyAssessment assessment() {
		return new SafetyAssessment(this.level, this.categories);
	}

	boolean thirdParty() {
		return this.categories.contains("third-party-risk");
	}

}
