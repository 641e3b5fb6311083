package org.compassioncoach.candour;

/** A practice tip from the toolkit that a statement is checked against in the debrief. */
public enum Tip {

	/** Table 4.4.3, Caring Candour. */
	BOTTOM_LINE("bottom-line-first", "Bottom line it first", "Table 4.4.3 (Caring Candour)"),
	/** Radical Candour practice tip 6. */
	SPECIFIC("be-specific", "Be specific: when, what and the consequence", "Section 5.3, practice tip 6"),
	/** Radical Candour practice tip 6. */
	BEHAVIOUR_NOT_PERSON("behaviour-not-person", "Critique the behaviour, not the person",
			"Section 5.3, practice tip 6"),
	/** Radical Candour practice tip 3. */
	CLEAR_NOT_SOFTENED("its-not-mean-its-clear", "It's not mean, it's clear: no hedging or playing it down",
			"Section 5.3, practice tip 3"),
	/** Radical Candour practice tip 6 (specific, not sweeping). */
	NO_ABSOLUTES("no-absolutes", "Describe what happened, not always or never", "Section 5.3, practice tip 6"),
	/** Figure 5.3: challenge without care is obnoxious aggression. */
	RESPECT("care-personally", "Care personally: no insults, threats or sarcasm", "Section 5.3, Figure 5.3"),
	/** Table 4.4.1, Caring Presence. */
	CURIOSITY("be-curious", "Be curious, don't assume: ask for their view", "Table 4.4.1 (Caring Presence)"),
	/** Radical Candour practice tip 2. */
	SUPPORT("pair-feedback-with-coaching", "Pair feedback with coaching and support", "Section 5.3, practice tip 2"),
	/** Table 4.4.4 and Figure 5.3: manipulative insincerity talks around the person. */
	SINCERE("say-it-to-them", "Say it to them, openly and sincerely", "Table 4.4.4 (Caring Transparency); Figure 5.3"),
	/** Table 4.4.2, Caring Courage. */
	NEXT_STEP("agree-a-next-step", "Deal with it, don't let it fester: agree a next step",
			"Table 4.4.2 (Caring Courage)"),
	/** Radical Candour practice tip 7. */
	CONFIDENCE("show-confidence", "Demonstrate your confidence in the person", "Section 5.3, practice tip 7");

	private final String id;

	private final String title;

	private final String source;

	Tip(String id, String title, String source) {
		this.id = id;
		this.title = title;
		this.source = source;
	}

	/** A stable identifier, e.g. {@code bottom-line-first}. */
	public String id() {
		return this.id;
	}

	/** The tip in a few words, for a scorecard. */
	public String title() {
		return this.title;
	}

	/** Where the tip comes from in the L.O.T.U.S. toolkit. */
	public String source() {
		return this.source;
	}

}
