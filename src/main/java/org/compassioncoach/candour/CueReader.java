package org.compassioncoach.candour;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the cues of {@link CueLexicon} in a statement: deterministic, no model involved. */
final class CueReader {

	// A sentence ends at . ! or ? followed by space and a character that is not a lower-case
	// letter, so "e.g. the" and "... brief" stay inside their sentence.
	private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+(?=[^a-z])");

	private static final Pattern YOU = Pattern.compile("\\byou(?:r|'re|'ve|rself)?\\b", Pattern.CASE_INSENSITIVE);

	// "I'd never", "you'd never want", "as always": the speaker is not generalising about them.
	private static final Pattern SELF_BEFORE = Pattern
		.compile("\\b(?:i|i'd|i'll|we|you'd|you would|i would|as)\\s*$", Pattern.CASE_INSENSITIVE);

	// "Everyone adores you" is praise; "everyone" only sweeps when the sentence is critical.
	private static final Pattern CRITICAL = Pattern.compile(
			"n't\\b|\\bnot\\b|\\bno\\b|\\blate\\b|enough|complain|sick|problem|knows|talk|wants|thinks|says"
					+ "|carrying|fed up",
			Pattern.CASE_INSENSITIVE);

	// Case-sensitive on purpose: capitals used for emphasis, not acronyms such as MAR or NEWS.
	private static final Pattern EMPHASIS = Pattern.compile("\\b(?:AGAIN|NOW|NEVER|ALWAYS|EVERY|NOT|WHY|WHAT|STOP|"
			+ "LISTEN|MORE|ANY|SERIOUSLY|RIGHT|ALL|DONE|TODAY|YOU|YOUR|NO|DO|DON'T|CAN'T|WON'T|HOW|ONE|TIME|SICK|"
			+ "ENOUGH)\\b");

	private static final Pattern CAPITALS_RUN = Pattern.compile("\\b[A-Z]{2,}(?:\\s+[A-Z]{2,}){2,}\\b");

	private static final Pattern STACKED = Pattern.compile("!!|\\?!|!\\?");

	private static final List<Cue> SOFTENERS = List.of(Cue.HEDGE, Cue.MINIMISE, Cue.APOLOGY, Cue.PRAISE_PADDING);

	private final CueLexicon lexicon;

	CueReader(CueLexicon lexicon) {
		this.lexicon = lexicon;
	}

	Reading read(String raw) {
		String text = normalise(raw);
		List<Reading.Sentence> sentences = split(text);
		List<Reading.Match> matches = new ArrayList<>();
		Map<Cue, Integer> counts = new EnumMap<>(Cue.class);
		for (Cue cue : Cue.values()) {
			if (!cue.fromLexicon()) {
				continue;
			}
			int found = 0;
			for (Reading.Sentence sentence : sentences) {
				if (cue == Cue.OPENER && sentence.index() > 0) {
					break;
				}
				for (Pattern pattern : this.lexicon.rule(cue).patterns()) {
					Matcher matcher = pattern.matcher(sentence.text());
					while (matcher.find()) {
						if (counts(cue, sentence.text(), matcher)) {
							matches.add(new Reading.Match(cue, sentence.index(), sentence.start() + matcher.start(),
									sentence.start() + matcher.end(), matcher.group()));
							found++;
						}
					}
				}
			}
			counts.put(cue, Math.min(found, this.lexicon.rule(cue).cap()));
		}
		Reading partial = new Reading(text, sentences, matches, counts);
		counts.put(Cue.BOTTOM_LINED, bottomLined(partial) ? 1 : 0);
		counts.put(Cue.SHOUTING, shouting(text) ? 1 : 0);
		matches.sort(Comparator.comparingInt(Reading.Match::start));
		return new Reading(text, sentences, matches, counts);
	}

	static String normalise(String raw) {
		return raw.replace('\u2019', '\'')
			.replace('\u2018', '\'')
			.replace('\u201C', '"')
			.replace('\u201D', '"')
			.replaceAll("\\s+", " ")
			.strip();
	}

	static List<Reading.Sentence> split(String text) {
		List<Reading.Sentence> sentences = new ArrayList<>();
		Matcher matcher = SENTENCE_BREAK.matcher(text);
		int start = 0;
		while (matcher.find()) {
			add(sentences, text, start, matcher.start());
			start = matcher.end();
		}
		add(sentences, text, start, text.length());
		return sentences;
	}

	private static void add(List<Reading.Sentence> sentences, String text, int start, int end) {
		if (end > start && !text.substring(start, end).isBlank()) {
			sentences.add(new Reading.Sentence(sentences.size(), start, text.substring(start, end)));
		}
	}

	private static boolean counts(Cue cue, String sentence, Matcher matcher) {
		if ((cue == Cue.INSULT || cue == Cue.PERSONAL) && quoted(sentence, matcher.start())) {
			// "I heard you call the porter 'useless'" reports an insult; it does not make one.
			return false;
		}
		if (cue == Cue.ABSOLUTE) {
			if (!YOU.matcher(sentence).find() || SELF_BEFORE.matcher(sentence.substring(0, matcher.start())).find()) {
				return false;
			}
			String word = matcher.group().toLowerCase(java.util.Locale.ROOT);
			return !(word.equals("everyone") || word.equals("everybody")) || CRITICAL.matcher(sentence).find();
		}
		return true;
	}

	private static boolean quoted(String sentence, int start) {
		return start > 0 && (sentence.charAt(start - 1) == '\'' || sentence.charAt(start - 1) == '"');
	}

	private static boolean bottomLined(Reading reading) {
		if (reading.sentences().isEmpty()) {
			return false;
		}
		for (Cue softener : SOFTENERS) {
			if (reading.sentenceHas(0, softener)) {
				return false;
			}
		}
		if (reading.count(Cue.MINIMISE) > 0) {
			// Said plainly, then taken back ("...came in today. I wouldn't let it get to you."): the
			// listener is left with the reassurance, not the message.
			return false;
		}
		return reading.sentenceHas(0, Cue.OPENER) || reading.sentenceHas(0, Cue.BEHAVIOUR)
				|| reading.sentenceHas(0, Cue.EXPECTATION) || (reading.sentenceHas(0, Cue.ISSUE)
						&& (reading.sentenceHas(0, Cue.SPECIFIC) || reading.sentenceHas(0, Cue.IMPACT)));
	}

	private static boolean shouting(String text) {
		return EMPHASIS.matcher(text).find() || CAPITALS_RUN.matcher(text).find() || STACKED.matcher(text).find();
	}

}
