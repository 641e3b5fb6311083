package org.compassioncoach.candour;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Cuts the user's own words out of a statement so observations can quote them. */
final class Quotes {

	private static final int MAX_WORDS = 16;

	private Quotes() {
	}

	/** The words in typographic quotes, shortened with an ellipsis when long. */
	static String quote(String words) {
		return "\u201C" + shorten(words.strip(), MAX_WORDS) + "\u201D";
	}

	/** Several quotes joined for prose: “a”, “b” and “c”. */
	static String list(List<String> quotes) {
		List<String> quoted = quotes.stream().map(Quotes::quote).toList();
		if (quoted.size() <= 1) {
			return String.join("", quoted);
		}
		return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and " + quoted.get(quoted.size() - 1);
	}

	/** The clause around a match: from the previous , ; : or dash to the next, within its sentence. */
	static String clause(Reading reading, Reading.Match match) {
		Reading.Sentence sentence = reading.sentences().get(match.sentence());
		String text = sentence.text();
		int from = match.start() - sentence.start();
		int to = match.end() - sentence.start();
		int start = from;
		while (start > 0 && ",;:\u2014".indexOf(text.charAt(start - 1)) < 0) {
			start--;
		}
		int end = to;
		while (end < text.length() && ",;:\u2014".indexOf(text.charAt(end)) < 0) {
			end++;
		}
		// Drop a joining word the clause only has because of its neighbour ("but the handovers...").
		return trimPunctuation(text.substring(start, end)).replaceFirst("^(?i:and|but|so|or)\\s+", "");
	}

	/** The whole sentence a match sits in, without its closing full stop. */
	static String sentence(Reading reading, Reading.Match match) {
		return sentence(reading.sentences().get(match.sentence()));
	}

	static String sentence(Reading.Sentence sentence) {
		String text = sentence.text().strip();
		return text.endsWith(".") && !text.endsWith("...") ? text.substring(0, text.length() - 1) : text;
	}

	/** The distinct matched phrases of the given matches, in order, at most {@code limit}. */
	static List<String> phrases(List<Reading.Match> matches, int limit) {
		Set<String> seen = new LinkedHashSet<>();
		List<String> phrases = new ArrayList<>();
		for (Reading.Match match : matches) {
			String phrase = trimPunctuation(match.text());
			if (!phrase.isEmpty() && seen.add(phrase.toLowerCase(Locale.ROOT)) && phrases.size() < limit) {
				phrases.add(phrase);
			}
		}
		return phrases;
	}

	/** The distinct clauses around the given matches, in order, at most {@code limit}. */
	static List<String> clauses(Reading reading, List<Reading.Match> matches, int limit) {
		Set<String> seen = new LinkedHashSet<>();
		List<String> clauses = new ArrayList<>();
		for (Reading.Match match : matches) {
			String clause = clause(reading, match);
			if (!clause.isEmpty() && seen.add(clause.toLowerCase(Locale.ROOT)) && clauses.size() < limit) {
				clauses.add(clause);
			}
		}
		return clauses;
	}

	/** The quotes without repeats or one that another contains, at most {@code limit}. */
	static List<String> distinct(List<String> quotes, int limit) {
		List<String> kept = new ArrayList<>();
		for (String quote : quotes) {
			String lower = quote.toLowerCase(Locale.ROOT);
			boolean covered = quotes.stream()
				.anyMatch((other) -> other.length() > quote.length() && other.toLowerCase(Locale.ROOT).contains(lower));
			boolean repeated = kept.stream().anyMatch((other) -> other.equalsIgnoreCase(quote));
			if (!covered && !repeated && kept.size() < limit) {
				kept.add(quote);
			}
		}
		return kept;
	}

	static String shorten(String words, int maxWords) {
		String[] parts = words.split(" ");
		if (parts.length <= maxWords) {
			return words;
		}
		return String.join(" ", Arrays.copyOf(parts, maxWords)) + "\u2026";
	}

	private static String trimPunctuation(String text) {
		String trimmed = text.strip();
		while (!trimmed.isEmpty() && ",;:".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0) {
			trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
		}
		if (trimmed.endsWith(".") && !trimmed.endsWith("...")) {
			trimmed = trimmed.substring(0, trimmed.length() - 1);
		}
		while (!trimmed.isEmpty() && ",;:".indexOf(trimmed.charAt(0)) >= 0) {
			trimmed = trimmed.substring(1).strip();
		}
		return trimmed;
	}

}
