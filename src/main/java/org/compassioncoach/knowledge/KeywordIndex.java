package org.compassioncoach.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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

	private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final List<String> SUFFIXES = List.of("ing", "ion", "ions", "ors", "or", "es", "s", "ed");

	/**
	 * For each term, the documents holding it and how often: a query visits only the documents
	 * that contain its terms instead of looking every term up in every document.
	 */
	private final Map<String, List<Posting>> postings = new HashMap<>();

	private final List<Integer> lengths = new ArrayList<>();

	private double averageLength;

	void add(String text) {
		int doc = this.lengths.size();
		Map<String, Integer> counts = new HashMap<>();
		List<String> tokens = tokens(text);
		tokens.forEach((token) -> counts.merge(token, 1, Integer::sum));
		counts.forEach((token, count) -> this.postings.computeIfAbsent(token, (t) -> new ArrayList<>())
			.add(new Posting(doc, count)));
		this.lengths.add(tokens.size());
		this.averageLength = this.lengths.stream().mapToInt(Integer::intValue).average().orElse(1);
	}

	/** Scores of every document for the query, in insertion order. */
	double[] scores(String query) {
		int n = this.lengths.size();
		double[] scores = new double[n];
		for (String term : Set.copyOf(tokens(query))) {
			List<Posting> holding = this.postings.get(term);
			if (holding == null) {
				continue;
			}
			int df = holding.size();
			double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
			for (Posting posting : holding) {
				int tf = posting.count();
				double norm = tf + K1 * (1 - B + B * this.lengths.get(posting.doc()) / this.averageLength);
				scores[posting.doc()] += idf * tf * (K1 + 1) / norm;
			}
		}
		return scores;
	}

	private record Posting(int doc, int count) {
	}

	static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		for (String raw : NON_WORD.split(text.toLowerCase(Locale.ROOT))) {
			if (raw.length() > 1 && !STOP_WORDS.contains(raw)) {
				tokens.add(stem(raw));
			}
		}
		return tokens;
	}

	/** A light suffix stripper: enough to match "supervisor" with "supervision", "pauses" with "pause". */
	private static String stem(String word) {
		for (String suffix : SUFFIXES) {
			if (word.length() > suffix.length() + 3 && word.endsWith(suffix)) {
				return word.substring(0, word.length() - suffix.length());
			}
		}
		return word;
	}

}
