package org.compassioncoach.candour;

import java.util.Locale;

/**
 * A feature of a feedback statement that moves it on the care and challenge axes; the phrases
 * for each are in {@code candour/cues.yaml}.
 */
public enum Cue {

	/** Announces a direct message in the first sentence ("I need to raise something with you"). */
	OPENER,
	/** Names what the person did or did not do. */
	BEHAVIOUR,
	/** Puts a problem on the table (late, complaint, missed...). */
	ISSUE,
	/** When, how often, where or who. */
	SPECIFIC,
	/** What the behaviour meant for others. */
	IMPACT,
	/** A clear request or standard. */
	EXPECTATION,
	/** An agreed next step or follow-up. */
	NEXT_STEP,
	/** Acknowledges their situation or feelings. */
	EMPATHY,
	/** Asks for their view. */
	INVITATION,
	/** Offers help or coaching. */
	SUPPORT,
	/** Shows belief in the person. */
	CONFIDENCE,
	/** Keeps it private. */
	PRIVATE,
	/** Softening words ("just", "a bit", "maybe"). */
	HEDGE,
	/** Playing it down ("it's probably nothing", "don't worry"). */
	MINIMISE,
	/** Apologising for raising it. */
	APOLOGY,
	/** Praise piled around the message. */
	PRAISE_PADDING,
	/** Doing the work for them instead of saying it. */
	RESCUE,
	/** Insulting words. */
	INSULT,
	/** A judgement of the person rather than the behaviour. */
	PERSONAL,
	/** Hostile sarcasm. */
	SARCASM,
	/** A threat. */
	THREAT,
	/** Blame or contempt ("that's on you", "I'm sick of"). */
	BLAME,
	/** Sweeping words about the person (always, never, everyone). */
	ABSOLUTE,
	/** Veiled digs and insincere markers ("no offence but", "some people"). */
	PASSIVE_AGGRESSIVE,
	/** Going round the person (telling others, keeping a record). */
	THIRD_PARTY,
	/** Derived: the first sentence carries the message. */
	BOTTOM_LINED,
	/** Derived: capitals or stacked punctuation. */
	SHOUTING;

	/** The key of this cue in {@code cues.yaml}. */
	String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Whether this cue softens the message in a way that reads as warm (hedging, playing it down,
	 * apologising, praise, doing it for them): warm only if nothing else in the statement says the
	 * warmth is put on.
	 */
	boolean softensWarmly() {
		return this == HEDGE || this == MINIMISE || this == APOLOGY || this == PRAISE_PADDING || this == RESCUE;
	}

	/** Whether this cue is a sign that friendly words are not meant (a dig, sarcasm, going round them). */
	boolean insincere() {
		return this == PASSIVE_AGGRESSIVE || this == THIRD_PARTY || this == SARCASM;
	}

	/** Whether the phrases come from the lexicon rather than being derived from other cues. */
	boolean fromLexicon() {
		return this != BOTTOM_LINED && this != SHOUTING;
	}

}
