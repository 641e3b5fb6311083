package org.compassioncoach.safety;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Model output must not recite the coach's instructions: a sentence that shares a run of
 * {@value #RUN} words (three of them meaningful) with any prompt, or that talks about "my
 * instructions", replaces the whole reply.
 */
final class PromptLeakCheck implements SentenceCheck {

	static final int RUN = 7;

	private static final Set<String> COMMON = Set.of("a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "is",
			"are", "be", "it", "you", "your", "i", "we", "they", "that", "this", "with", "as", "at", "by", "if", "not",
			"do", "what", "when", "how", "can", "will", "would", "one", "their", "them", "so", "but", "from", "about");

	private static final Pattern META = Pattern.compile("(?i)\\b(?:my|the|these) (?:system )?(?:prompt|prompts|"
			+ "instructions|system message|guidelines i was given|rules i was given)\\b(?: (?:say|says|are|tell|told|"
			+ "state|read|include|includes|require|is|was|were))|\\bsystem (?:prompt|message)\\b|\\bi (?:was|have been|"
			+ "am) (?:instructed|programmed|prompted|told by (?:my|the) (?:developers|system))\\b|\\b(?:here are|these are|"
			+ "here is|below are) (?:my|the) (?:instructions|rules|prompt)\\b|\\bignore (?:all )?(?:previous|prior) "
			+ "instructions\\b");

	private final Set<String> runs = new HashSet<>();

	PromptLeakCheck(Collection<String> prompts) {
		for (String prompt : prompts) {
			List<String> words = words(prompt.replaceAll("\\{\\{[^}]*}}", " "));
			for (int i = 0; i + RUN <= words.size(); i++) {
				List<String> run = words.subList(i, i + RUN);
				if (run.stream().filter((word) -> !COMMON.contains(word)).count() >= 3) {
					this.runs.add(String.join(" ", run));
				}
			}
		}
	}

	@Override
	public OutputGuard.Verdict check(String sentence) {
		if (META.matcher(sentence).find()) {
			return new OutputGuard.Verdict(OutputGuard.Action.REPLACE_REPLY, "prompt-leak");
		}
		List<String> words = words(sentence);
		for (int i = 0; i + RUN <= words.size(); i++) {
			if (this.runs.contains(String.join(" ", words.subList(i, i + RUN)))) {
				return new OutputGuard.Verdict(OutputGuard.Action.REPLACE_REPLY, "prompt-leak");
			}
		}
		return OutputGuard.Verdict.pass();
	}

	private static List<String> words(String text) {
		return List.of(text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9\\s]", " ").strip().split("\\s+"));
	}

}
