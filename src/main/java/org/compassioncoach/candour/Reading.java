package org.compassioncoach.candour;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the cue reader found in one statement: the normalised text, its sentences and every cue
 * match with its position, so observations can quote the user's own words.
 *
 * @param text the statement with quotes straightened and whitespace collapsed
 * @param sentences the sentences, in order
 * @param matches every cue match, in order of appearance
 * @param counts matches per cue, capped as the lexicon says (derived cues count 0 or 1)
 */
record Reading(String text, List<Sentence> sentences, List<Match> matches, Map<Cue, Integer> counts) {

	Reading {
		sentences = List.copyOf(sentences);
		matches = List.copyOf(matches);
		counts = new EnumMap<>(counts);
	}

	int count(Cue cue) {
		return this.counts.getOrDefault(cue, 0);
	}

	boolean has(Cue cue) {
		return count(cue) > 0;
	}

	List<Match> matches(Cue cue) {
		return this.matches.stream().filter((match) -> match.cue() == cue).toList();
	}

	boolean sentenceHas(int sentence, Cue cue) {
		return this.matches.stream().anyMatch((match) -> match.sentence() == sentence && match.cue() == cue);
	}

	/** One sentence and where it sits in the normalised text. */
	record Sentence(int index, int start, String text) {

		int end() {
			return this.start + this.text.length();
		}

	}

	/** One match of a cue phrase. */
	record Match(Cue cue, int sentence, int start, int end, String text) {
	}

}
