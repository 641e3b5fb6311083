package org.compassioncoach.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts streamed text into sentences so each can be checked before the user sees it. A
 * sentence ends at . ! ? or a line break followed by white space; list items and headings
 * end at their line break.
 */
final class SentenceSplitter {

	private final StringBuilder pending = new StringBuilder();

	/** Adds a fragment; returns the sentences it completed, each with its trailing space. */
	List<String> accept(String fragment) {
		this.pending.append(fragment);
		List<String> sentences = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < this.pending.length() - 1; i++) {
			char c = this.pending.charAt(i);
			char next = this.pending.charAt(i + 1);
			boolean end = (c == '\n') || ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(next));
			if (end && !endsWithAbbreviation(start, i)) {
				int stop = i + 1;
				while (stop < this.pending.length() - 1 && this.pending.charAt(stop) == '\n') {
					stop++;
				}
				if (stop == this.pending.length() - 1 && Character.isWhitespace(this.pending.charAt(stop))) {
					stop++;
				}
				else if (stop < this.pending.length() && this.pending.charAt(stop) == ' ') {
					stop++;
				}
				sentences.add(this.pending.substring(start, stop));
				start = stop;
				i = stop - 1;
			}
		}
		this.pending.delete(0, start);
		return sentences;
	}

	/** Whatever is left when the stream ends. */
	String finish() {
		String rest = this.pending.toString();
		this.pending.setLength(0);
		return rest;
	}

	private boolean endsWithAbbreviation(int start, int dot) {
		if (this.pending.charAt(dot) != '.') {
			return false;
		}
		if (dot > 0 && Character.isDigit(this.pending.charAt(dot - 1))) {
			// "1. " opens a numbered list item when the number starts the line; "...to 85258. " ends a sentence.
			int digits = dot - 1;
			while (digits > start && Character.isDigit(this.pending.charAt(digits - 1))) {
				digits--;
			}
			return digits == start || this.pending.charAt(digits - 1) == '\n';
		}
		String before = " " + this.pending.substring(Math.max(start, dot - 4), dot).toLowerCase(Locale.ROOT);
		return before.endsWith("e.g") || before.endsWith("i.e") || before.endsWith(" dr") || before.endsWith(" mr")
				|| before.endsWith(" ms") || before.endsWith(" mrs");
	}

}
