package org.compassioncoach.candour;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suggests a rewrite in the order the toolkit recommends (bottom line first, specific behaviour
 * and impact, their view, support, an agreed next step), reusing the user's own clauses where
 * they already do the job and marking with {@code [brackets]} what only the user can fill in.
 */
final class Rewriter {

	// Cues that disqualify a clause from being reused: they are what the rewrite is for.
	private static final Set<Cue> UNUSABLE = EnumSet.of(Cue.MINIMISE, Cue.APOLOGY, Cue.PRAISE_PADDING, Cue.RESCUE,
			Cue.INSULT, Cue.PERSONAL, Cue.SARCASM, Cue.THREAT, Cue.BLAME, Cue.PASSIVE_AGGRESSIVE, Cue.THIRD_PARTY);

	private static final Set<Cue> HOSTILE = EnumSet.of(Cue.INSULT, Cue.PERSONAL, Cue.SARCASM, Cue.THREAT, Cue.BLAME);

	// Cues that belong to a later part of the rewrite, not to the issue.
	private static final Set<Cue> ANOTHER_PART = EnumSet.of(Cue.SUPPORT, Cue.EMPATHY, Cue.INVITATION, Cue.NEXT_STEP,
			Cue.EXPECTATION, Cue.CONFIDENCE);

	private static final Set<Cue> ABOUT_THE_ISSUE = EnumSet.of(Cue.BEHAVIOUR, Cue.ISSUE, Cue.SPECIFIC, Cue.IMPACT);

	// "I'm not going to get into the audit": a clause about the speaker names no issue of theirs.
	private static final Pattern SPEAKER_FIRST = Pattern.compile("^\\W*(?:i|i'm|i've|i'd|i'll|we|we're)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern CONTINUATION = Pattern.compile("^\\W*(?:and|so|which|meaning)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:\u2014]\\s*|\\s+but\\s+");

	// Words that soften or sweep and can simply be dropped from a reused clause.
	private static final Pattern FILLER = Pattern.compile(
			"\\b(?:honestly|really|quite|sometimes|seriously|frankly|actually|literally|totally|a tiny bit|a bit|"
					+ "a little|just|slightly|possibly|maybe|perhaps|sort of|kind of|always|never|every single time|"
					+ "constantly|all the time)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern LEADING_FILLER = Pattern
		.compile("^(?:and|but|so|also|well|oh|look|right|anyway|um|er|ok|okay)\\b[ ,]*", Pattern.CASE_INSENSITIVE);

	String rewrite(Reading reading, String topic) {
		List<String> parts = new ArrayList<>();
		Set<Integer> used = new HashSet<>();
		Set<Integer> whole = new HashSet<>();
		Optional<Reading.Sentence> issue = issueSentence(reading);
		Optional<Issue> issueText = issue.flatMap((sentence) -> issueClauses(reading, sentence))
			.or(() -> afterOpener(reading));
		issue.ifPresent((sentence) -> used.add(sentence.index()));
		if (issueText.isPresent()) {
			parts.add("I need to raise something with you directly. " + issueText.get().text() + ".");
		}
		else if (!TopicFinder.FALLBACK.equals(topic)) {
			parts.add("I need to talk with you directly about " + topic + ": [what happened].");
		}
		else {
			parts.add("I need to raise something with you directly: [what happened, in one sentence].");
		}
		if (!reading.has(Cue.SPECIFIC)) {
			parts.add("[When it happened, and how often.]");
		}
		boolean impactInIssue = issueText.isPresent() && issueText.get().cues().contains(Cue.IMPACT);
		if (!impactInIssue) {
			parts.add(reuse(reading, Cue.IMPACT, used, whole, false)
				.orElse("[What it meant for patients, families or the team.]"));
		}
		reuse(reading, Cue.EXPECTATION, used, whole, false).ifPresent(parts::add);
		parts.add(reuse(reading, Cue.EMPATHY, used, whole, false)
			.or(() -> reuse(reading, Cue.CONFIDENCE, used, whole, false))
			.orElse("I know there may be more to this than I can see."));
		parts.add(reuse(reading, Cue.INVITATION, used, whole, true).orElse("What's your view of what happened?"));
		if (!alreadySaid(reading, whole, Cue.SUPPORT)) {
			parts.add(reuse(reading, Cue.SUPPORT, used, whole, true)
				.orElse("What would help, and what can I do to support you?"));
		}
		if (!alreadySaid(reading, whole, Cue.NEXT_STEP)) {
			parts.add(reuse(reading, Cue.NEXT_STEP, used, whole, true)
				.orElse("Let's agree one next step today and check in on [day] to see how it's going."));
		}
		return String.join(" ", parts);
	}

	// Whether a sentence already reused whole also does this part's job ("what would help?").
	private static boolean alreadySaid(Reading reading, Set<Integer> whole, Cue cue) {
		return whole.stream().anyMatch((sentence) -> reading.sentenceHas(sentence, cue));
	}

	private static Optional<Reading.Sentence> issueSentence(Reading reading) {
		return reading.sentences()
			.stream()
			.filter((sentence) -> issueScore(reading, sentence.index()) > 0)
			.max(Comparator.comparingInt((Reading.Sentence sentence) -> issueScore(reading, sentence.index()))
				.thenComparing(Reading.Sentence::index, Comparator.reverseOrder()));
	}

	private static int issueScore(Reading reading, int sentence) {
		int score = (reading.sentenceHas(sentence, Cue.BEHAVIOUR) ? 3 : 0)
				+ (reading.sentenceHas(sentence, Cue.ISSUE) ? 2 : 0)
				+ (reading.sentenceHas(sentence, Cue.SPECIFIC) ? 2 : 0)
				+ (reading.sentenceHas(sentence, Cue.IMPACT) ? 1 : 0);
		return score;
	}

	// The clauses of the issue sentence that carry the issue, cleaned of softeners and sweeps.
	private static Optional<Issue> issueClauses(Reading reading, Reading.Sentence sentence) {
		List<String> kept = new ArrayList<>();
		Set<Cue> keptCues = EnumSet.noneOf(Cue.class);
		boolean previousKept = false;
		for (Span clause : clauses(sentence)) {
			Set<Cue> cues = cuesWithin(reading, clause);
			boolean aboutThem = cues.stream().anyMatch(ABOUT_THE_ISSUE::contains)
					&& !(cues.contains(Cue.ISSUE) && cues.stream().filter(ABOUT_THE_ISSUE::contains).count() == 1
							&& SPEAKER_FIRST.matcher(clause.text()).find());
			// "..., and the day team started the drug round blind": a clause carrying on from the
			// issue is usually its consequence, even when no cue names it.
			boolean continuation = previousKept && CONTINUATION.matcher(clause.text()).find()
					&& !clause.text().strip().endsWith("?") && cues.stream().noneMatch(ANOTHER_PART::contains);
			previousKept = false;
			if ((aboutThem || continuation) && cues.stream().noneMatch(UNUSABLE::contains)) {
				String cleaned = clean(clause.text());
				if (!cleaned.isEmpty()) {
					kept.add(cleaned);
					keptCues.addAll(cues);
					if (continuation && !aboutThem) {
						keptCues.add(Cue.IMPACT);
					}
					previousKept = true;
				}
			}
		}
		String joined = tidy(String.join(", ", kept));
		if (joined.split("\\s+").length < 3) {
			return Optional.empty();
		}
		return Optional.of(new Issue(joined, keptCues));
	}

	// The first sentence (or, failing that, clause) with the cue that is fit to reuse; each
	// sentence of the user's is reused once at most.
	private static Optional<String> reuse(Reading reading, Cue cue, Set<Integer> used, Set<Integer> whole,
			boolean wholeSentence) {
		for (Reading.Match match : reading.matches(cue)) {
			if (used.contains(match.sentence())) {
				continue;
			}
			Reading.Sentence sentence = reading.sentences().get(match.sentence());
			if (wholeSentence && usable(reading, new Span(sentence.start(), sentence.text()))) {
				used.add(sentence.index());
				whole.add(sentence.index());
				return Optional.of(finish(tidy(clean(sentence.text())), sentence.text()));
			}
			for (Span clause : clauses(sentence)) {
				if (clause.start() <= match.start() && match.end() <= clause.end() && usable(reading, clause)) {
					String cleaned = clean(clause.text());
					if (cleaned.split("\\s+").length >= 3) {
						used.add(sentence.index());
						return Optional.of(finish(tidy(cleaned), clause.text()));
					}
				}
			}
		}
		return Optional.empty();
	}

	// "I'll say it plainly: three families have told me..." - what follows an opener's colon.
	private static Optional<Issue> afterOpener(Reading reading) {
		if (reading.sentences().isEmpty() || !reading.sentenceHas(0, Cue.OPENER)) {
			return Optional.empty();
		}
		Reading.Sentence first = reading.sentences().get(0);
		int colon = first.text().indexOf(':');
		if (colon < 0) {
			return Optional.empty();
		}
		Span rest = new Span(first.start() + colon + 1, first.text().substring(colon + 1));
		String cleaned = clean(rest.text());
		if (!usable(reading, rest) || cleaned.split("\\s+").length < 4) {
			return Optional.empty();
		}
		return Optional.of(new Issue(tidy(cleaned), cuesWithin(reading, rest)));
	}

	private static boolean usable(Reading reading, Span span) {
		Set<Cue> cues = cuesWithin(reading, span);
		return cues.stream().noneMatch(UNUSABLE::contains) && cues.stream().noneMatch(HOSTILE::contains);
	}

	private static String finish(String text, String original) {
		String body = text.replaceAll("[.?!]+$", "");
		return body + (original.strip().endsWith("?") ? "?" : ".");
	}

	private static Set<Cue> cuesWithin(Reading reading, Span span) {
		Set<Cue> cues = EnumSet.noneOf(Cue.class);
		for (Reading.Match match : reading.matches()) {
			if (match.start() < span.end() && match.end() > span.start()) {
				cues.add(match.cue());
			}
		}
		return cues;
	}

	private static List<Span> clauses(Reading.Sentence sentence) {
		List<Span> spans = new ArrayList<>();
		Matcher matcher = CLAUSE_BREAK.matcher(sentence.text());
		int start = 0;
		while (matcher.find()) {
			addSpan(spans, sentence, start, matcher.start());
			start = matcher.end();
		}
		addSpan(spans, sentence, start, sentence.text().length());
		return spans;
	}

	private static void addSpan(List<Span> spans, Reading.Sentence sentence, int start, int end) {
		if (end > start) {
			spans.add(new Span(sentence.start() + start, sentence.text().substring(start, end)));
		}
	}

	static String clean(String text) {
		String cleaned = FILLER.matcher(text).replaceAll("");
		cleaned = cleaned.replaceAll("\\s+", " ").replaceAll(" ([,.?!])", "$1").strip();
		return cleaned.replaceAll("[.?!]+$", "").strip();
	}

	private static String tidy(String text) {
		return capitalise(LEADING_FILLER.matcher(text).replaceAll("").strip());
	}

	private static String capitalise(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private record Issue(String text, Set<Cue> cues) {
	}

	private record Span(int start, String text) {

		int end() {
			return this.start + this.text.length();
		}

	}

}
