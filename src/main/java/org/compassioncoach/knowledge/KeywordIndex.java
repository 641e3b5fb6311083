package org.compassioncoach.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * BM25 over whole cards (title and tags weigh double). It rescues queries whose key word is
 * rare and exact ("Schwartz", "Nussbaum", "ABC") where the small embedding model is vague.
 */
final class KeywordIndex {

	private static final double K1 = 1.2;

	private static final double B = 0.75;

	private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by",
			"can", "do", "does", "for", "from", "have", "how", "i", "if", "in", "is", "it", "its", "me", "my", "of",
			"on", "or", "our", "should", "so", "that", "the", "their", "them", "they", "this", "to", "was", "we",
			"what", "when", "which", "who", "why", "will", "with", "you", "your", "about", "someone", "get");

	private final List<Map<String, Integer>> termCounts = new ArrayList<>();

	private final List<Integer> lengths = new ArrayList<>();

	private final Map<String, Integer> documentFrequency = new HashMap<>();

	private double averageLength;

	void add(String text) {
		Map<String, Integer> counts = new HashMap<>();
		List<String> tokens = tokens(text);
		tokens.forEach((token) -> counts.merge(token, 1, Integer::sum));
		counts.keySet().forEach((token) -> this.documentFrequency.merge(token, 1, Integer::sum));
		this.termCounts.add(counts);
		this.lengths.add(tokens.size());
		this.averageLength = this.lengths.stream().mapToInt(Integer::intValue).average().orElse(1);
	}

	/** Scores of every document for the query, in insertion order. */
	double[] scores(String query) {
		double[] scores = new double[this.termCounts.size()];
		int n = this.termCounts.size();
		for (String term : Set.copyOf(tokens(query))) {
			int df = this.documentFrequency.getOrDefault(term, 0);
			if (df == 0) {
				continue;
			}
			double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
			for (int doc = 0; doc < n; doc++) {
				int tf = this.termCounts.get(doc).getOrDefault(term, 0);
				if (tf > 0) {
					double norm = tf + K1 * (1 - B + B * this.lengths.get(doc) / this.averageLength);
					scores[doc] += idf * tf * (K1 + 1) / norm;
				}
			}
		}
		return scores;
	}

	static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		for (String raw : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (raw.length() > 1 && !STOP_WORDS.contains(raw)) {
				tokens.add(stem(raw));
			}
		}
		return tokens;
	}

	/** A light suffix stripper: enough to match "supervisor" with "supervision", "pauses" with "pause". */
	private static String stem(String word) {
		for (String suffix : List.of("ing", "ion", "ions", "ors", "or", "es", "s", "ed")) {
			if (word.length() > suffix.length() + 3 && word.endsWith(suffix)) {
				return word.substring(0, word.length() - suffix.length());
			}
		}
		return word;
	}

}
