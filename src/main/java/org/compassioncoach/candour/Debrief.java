package org.compassioncoach.candour;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks a statement against the practice tips and words each finding as one concrete
 * observation that quotes the user.
 */
final class Debrief {

	private static final Pattern ADDRESSED = Pattern.compile("\\byou(?:r|'ve|'re)?\\b", Pattern.CASE_INSENSITIVE);

	/** The findings in the order a coach would raise them, and which of them are worth saying. */
	record Result(List<Finding> findings, List<String> observations) {
	}

	Result write(Reading reading, String topic) {
		List<Finding> findings = new ArrayList<>();
		List<String> observations = new ArrayList<>();
		add(findings, observations, bottomLine(reading), true);
		add(findings, observations, specific(reading, topic), true);
		Finding person = behaviourNotPerson(reading);
		add(findings, observations, person, !person.passed() || !person.evidence().isEmpty());
		Finding clear = clear(reading);
		add(findings, observations, clear, !clear.passed());
		Finding absolutes = absolutes(reading);
		add(findings, observations, absolutes, !absolutes.passed());
		Finding respect = respect(reading);
		add(findings, observations, respect, !respect.passed());
		add(findings, observations, curiosity(reading), true);
		add(findings, observations, support(reading), true);
		Finding sincere = sincere(reading);
		add(findings, observations, sincere, !sincere.passed());
		add(findings, observations, nextStep(reading), true);
		Finding confidence = confidence(reading);
		add(findings, observations, confidence, confidence.passed());
		return new Result(findings, observations);
	}

	private static void add(List<Finding> findings, List<String> observations, Finding finding, boolean say) {
		findings.add(finding);
		if (say) {
			observations.add(finding.observation());
		}
	}

	private static Finding bottomLine(Reading reading) {
		String opening = Quotes.sentence(reading.sentences().get(0));
		if (messageFirst(reading)) {
			return new Finding(Tip.BOTTOM_LINE, true,
					"Bottom line first: yes, your opening sentence carries the message: " + Quotes.quote(opening) + ".",
					List.of(opening));
		}
		List<String> softeners = Quotes.distinct(Stream
			.concat(Quotes.phrases(firstSentence(reading, Cue.HEDGE), 2).stream(),
					Quotes.clauses(reading, firstSentence(reading, Cue.MINIMISE, Cue.APOLOGY, Cue.PRAISE_PADDING), 6)
						.stream())
			.toList(), 3);
		if (!softeners.isEmpty()) {
			return new Finding(Tip.BOTTOM_LINE, false, "Bottom line first: not yet. Your opening, "
					+ Quotes.quote(opening) + ", eases in with " + Quotes.list(softeners)
					+ "; lead with the issue itself and give the context after.", List.of(opening));
		}
		if (!firstSentence(reading, Cue.INSULT, Cue.PERSONAL, Cue.SARCASM, Cue.THREAT, Cue.BLAME).isEmpty()) {
			return new Finding(Tip.BOTTOM_LINE, false, "Bottom line first: your opening, " + Quotes.quote(opening)
					+ ", leads with a judgement; lead with what happened instead.", List.of(opening));
		}
		return new Finding(Tip.BOTTOM_LINE, false, "Bottom line first: not yet. Your opening, " + Quotes.quote(opening)
				+ ", doesn't say what the issue is; start with the one thing you need them to hear.", List.of(opening));
	}

	private static Finding specific(Reading reading, String topic) {
		List<String> details = Quotes.phrases(detailsOfTheIssue(reading), 3);
		List<String> impact = Quotes.clauses(reading, reading.matches(Cue.IMPACT), 1);
		List<String> behaviour = Quotes.clauses(reading, matching(reading, Cue.BEHAVIOUR, Cue.ISSUE), 1);
		List<String> evidence = Stream.of(details, impact, behaviour).flatMap(List::stream).toList();
		if (!details.isEmpty() && !impact.isEmpty()) {
			return new Finding(Tip.SPECIFIC, true, "Specific: you say when or how often (" + Quotes.list(details)
					+ ") and what it meant (" + Quotes.list(impact) + ").", evidence);
		}
		if (!details.isEmpty()) {
			boolean named = !behaviour.isEmpty();
			return new Finding(Tip.SPECIFIC, named, "Specific: you give detail (" + Quotes.list(details)
					+ "); now add what it meant for patients, families or the team.", evidence);
		}
		if (!impact.isEmpty()) {
			return new Finding(Tip.SPECIFIC, false, "Specific: you say what it meant (" + Quotes.list(impact)
					+ ") but not when or how often; add dates or counts.", evidence);
		}
		if (!behaviour.isEmpty()) {
			return new Finding(Tip.SPECIFIC, false, "Specific: you name the issue (" + Quotes.list(behaviour)
					+ ") but not when, how often or what it meant; add dates, counts and the impact.", evidence);
		}
		if (!TopicFinder.FALLBACK.equals(topic)) {
			return new Finding(Tip.SPECIFIC, false, "Specific: you allude to " + Quotes.quote(topic)
					+ " without saying what happened, when, or what it meant; name the behaviour, with dates or "
					+ "counts.",
					List.of());
		}
		return new Finding(Tip.SPECIFIC, false,
				"Specific: no behaviour is named yet; say what happened, when, and what it meant.", List.of());
	}

	// Dates and counts in the sentences about the issue; "this Thursday" in a next step is not detail.
	private static List<Reading.Match> detailsOfTheIssue(Reading reading) {
		List<Reading.Match> details = reading.matches(Cue.SPECIFIC)
			.stream()
			.filter((match) -> reading.sentenceHas(match.sentence(), Cue.BEHAVIOUR)
					|| reading.sentenceHas(match.sentence(), Cue.ISSUE)
					|| reading.sentenceHas(match.sentence(), Cue.IMPACT))
			.toList();
		return details.isEmpty() ? reading.matches(Cue.SPECIFIC) : details;
	}

	private static Finding behaviourNotPerson(Reading reading) {
		List<String> personal = Quotes.clauses(reading, reading.matches(Cue.PERSONAL), 2);
		if (!personal.isEmpty()) {
			return new Finding(Tip.BEHAVIOUR_NOT_PERSON, false, "About the person, not the behaviour: "
					+ Quotes.list(personal) + " judges who they are; describe what they did and its effect instead.",
					personal);
		}
		List<String> behaviour = Quotes.clauses(reading, reading.matches(Cue.BEHAVIOUR), 1);
		if (!behaviour.isEmpty()) {
			return new Finding(Tip.BEHAVIOUR_NOT_PERSON, true,
					"About the behaviour, not the person: you talk about what happened (" + Quotes.list(behaviour)
							+ "), not who they are.",
					behaviour);
		}
		return new Finding(Tip.BEHAVIOUR_NOT_PERSON, true,
				"About the behaviour, not the person: nothing judges them as a person, though no behaviour is "
						+ "named yet.",
				List.of());
	}

	private static Finding clear(Reading reading) {
		List<String> softeners = Quotes.distinct(Stream
			.concat(Quotes.phrases(reading.matches(Cue.HEDGE), 3).stream(),
					Quotes.distinct(Quotes.clauses(reading,
							matching(reading, Cue.MINIMISE, Cue.APOLOGY, Cue.PRAISE_PADDING), 6), 3).stream())
			.toList(), 6);
		List<String> rescue = Quotes.clauses(reading, reading.matches(Cue.RESCUE), 1);
		if (softeners.isEmpty() && rescue.isEmpty()) {
			return new Finding(Tip.CLEAR_NOT_SOFTENED, true, "Clear: nothing hedges or plays the message down.",
					List.of());
		}
		StringBuilder observation = new StringBuilder("Hedged or played down: ");
		if (!softeners.isEmpty()) {
			observation.append(Quotes.list(softeners))
				.append(verb(softeners, " softens", " soften"))
				.append(" the message until it may not land");
		}
		if (!rescue.isEmpty()) {
			observation.append(softeners.isEmpty() ? "" : ", and ")
				.append(Quotes.list(rescue))
				.append(" does the work for them instead of telling them");
		}
		observation.append(". It's not mean, it's clear.");
		return new Finding(Tip.CLEAR_NOT_SOFTENED, false, observation.toString(),
				Stream.concat(softeners.stream(), rescue.stream()).toList());
	}

	private static Finding absolutes(Reading reading) {
		List<String> words = Quotes.phrases(reading.matches(Cue.ABSOLUTE), 3);
		if (words.isEmpty()) {
			return new Finding(Tip.NO_ABSOLUTES, true, "No sweeping words: you describe what happened.", List.of());
		}
		return new Finding(Tip.NO_ABSOLUTES, false, "Absolute words: " + Quotes.list(words)
				+ verb(words, " generalises and invites", " generalise and invite")
				+ " an argument about the exceptions; use the real count and dates instead.",
				words);
	}

	private static Finding respect(Reading reading) {
		List<String> hurtful = new ArrayList<>(Quotes.phrases(reading.matches(Cue.INSULT), 2));
		hurtful.addAll(Quotes.clauses(reading, matching(reading, Cue.SARCASM, Cue.THREAT, Cue.BLAME), 8));
		List<String> evidence = Quotes.distinct(hurtful, 4);
		boolean shouting = reading.has(Cue.SHOUTING);
		if (evidence.isEmpty() && !shouting) {
			return new Finding(Tip.RESPECT, true, "Respectful: no insults, threats or sarcasm.", List.of());
		}
		String words = evidence.isEmpty() ? "Capitals or stacked punctuation read as shouting"
				: Quotes.list(evidence) + (shouting ? ", with shouting," : "");
		return new Finding(Tip.RESPECT, false, "Insults, sarcasm or threats: " + words
				+ " will be remembered instead of the message; take a pause, then say what happened and its impact.",
				evidence);
	}

	private static Finding curiosity(Reading reading) {
		List<Reading.Match> invitations = reading.matches(Cue.INVITATION);
		if (!invitations.isEmpty()) {
			String asked = Quotes.sentence(reading, invitations.get(0));
			return new Finding(Tip.CURIOSITY, true, "Their view: you ask for it (" + Quotes.quote(asked) + ").",
					List.of(asked));
		}
		String last = lastSentence(reading);
		return new Finding(Tip.CURIOSITY, false, "Their view: you end on " + Quotes.quote(last)
				+ " without asking for theirs; add an open question such as "
				+ "\u201CWhat's your take on what happened?\u201D",
				List.of(last));
	}

	private static Finding support(Reading reading) {
		List<Reading.Match> offers = reading.matches(Cue.SUPPORT);
		if (!offers.isEmpty()) {
			String offered = Quotes.sentence(reading, offers.get(0));
			return new Finding(Tip.SUPPORT, true, "Support: you offer it (" + Quotes.quote(offered) + ").",
					List.of(offered));
		}
		List<String> issue = Quotes.clauses(reading, matching(reading, Cue.BEHAVIOUR, Cue.ISSUE), 1);
		String about = issue.isEmpty() ? "the feedback" : Quotes.list(issue);
		return new Finding(Tip.SUPPORT, false, "Support: nothing yet pairs " + about
				+ " with help; offer something concrete, such as time, training or someone to work alongside them.",
				issue);
	}

	private static Finding sincere(Reading reading) {
		List<String> indirect = Quotes.distinct(
				Quotes.clauses(reading, matching(reading, Cue.PASSIVE_AGGRESSIVE, Cue.THIRD_PARTY), 8), 3);
		if (indirect.isEmpty()) {
			return new Finding(Tip.SINCERE, true, "Direct: you speak to them rather than around them.", List.of());
		}
		return new Finding(Tip.SINCERE, false, "Indirect or insincere: " + Quotes.list(indirect)
				+ verb(indirect, " talks", " talk")
				+ " around them rather than to them; say it to them, openly, and mean it.", indirect);
	}

	private static Finding nextStep(Reading reading) {
		List<Reading.Match> steps = reading.matches(Cue.NEXT_STEP);
		if (!steps.isEmpty()) {
			String step = Quotes.sentence(reading, steps.get(0));
			return new Finding(Tip.NEXT_STEP, true, "Next step: you propose one (" + Quotes.quote(step) + ").",
					List.of(step));
		}
		String last = lastSentence(reading);
		return new Finding(Tip.NEXT_STEP, false, "Next step: none agreed yet; after " + Quotes.quote(last)
				+ ", agree what happens next and when you'll check in.", List.of(last));
	}

	private static Finding confidence(Reading reading) {
		List<Reading.Match> shown = reading.matches(Cue.CONFIDENCE);
		if (!shown.isEmpty()) {
			String words = Quotes.clause(reading, shown.get(0));
			return new Finding(Tip.CONFIDENCE, true,
					"Confidence: " + Quotes.quote(words) + " tells them you believe they can put it right.",
					List.of(words));
		}
		return new Finding(Tip.CONFIDENCE, false,
				"Confidence: consider saying that you believe they can put it right.", List.of());
	}

	// Looser than the BOTTOM_LINED cue used for scoring: any unsoftened, unhostile first sentence
	// that names the issue counts, because that is what the tip asks of the user.
	private static boolean messageFirst(Reading reading) {
		if (reading.has(Cue.BOTTOM_LINED)) {
			return true;
		}
		boolean softenedOrHostile = !firstSentence(reading, Cue.HEDGE, Cue.MINIMISE, Cue.APOLOGY, Cue.PRAISE_PADDING,
				Cue.INSULT, Cue.PERSONAL, Cue.SARCASM, Cue.THREAT, Cue.BLAME, Cue.PASSIVE_AGGRESSIVE, Cue.THIRD_PARTY)
			.isEmpty();
		boolean namesIt = !firstSentence(reading, Cue.ISSUE, Cue.BEHAVIOUR, Cue.IMPACT).isEmpty()
				|| (!firstSentence(reading, Cue.SPECIFIC).isEmpty()
						&& ADDRESSED.matcher(reading.sentences().get(0).text()).find());
		return !softenedOrHostile && namesIt;
	}

	private static List<Reading.Match> firstSentence(Reading reading, Cue... cues) {
		return matching(reading, cues).stream().filter((match) -> match.sentence() == 0).toList();
	}

	private static List<Reading.Match> matching(Reading reading, Cue... cues) {
		List<Cue> wanted = List.of(cues);
		return reading.matches().stream().filter((match) -> wanted.contains(match.cue())).toList();
	}

	private static String verb(List<String> subjects, String singular, String plural) {
		return (subjects.size() == 1) ? singular : plural;
	}

	private static String lastSentence(Reading reading) {
		return Quotes.sentence(reading.sentences().get(reading.sentences().size() - 1));
	}

}
