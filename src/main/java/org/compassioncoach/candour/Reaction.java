package org.compassioncoach.candour;

import java.util.Locale;

/** Which of a persona's line banks the role-play colleague answers from. */
public enum Reaction {

	/** The colleague's first response to being called in. */
	OPENING(0),
	/** The user attacked: insult, sweeping blame, threat, sarcasm. */
	TO_ATTACK(2),
	/** The user was vague, hedged or played it down. */
	TO_VAGUE(0),
	/** The user was specific about behaviour and impact, and kind. */
	TO_SPECIFIC(-1),
	/** The user asked an open question: the colleague reveals a contributory factor. */
	TO_QUESTION(-1),
	/** The user offered support. */
	TO_SUPPORT(-1),
	/** The user proposed an action, follow-up or next step. */
	TO_ACTION(0),
	/** The conversation has landed after several good turns. */
	CLOSING(-1);

	private final int escalation;

	Reaction(int escalation) {
		this.escalation = escalation;
	}

	/** The key of the line bank in {@code flows/personas.yaml}, e.g. {@code to_attack}. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** How this reaction changes the colleague's escalation level. */
	int escalationChange() {
		return this.escalation;
	}

	/** Whether the user's line that earned this reaction moved the conversation forward. */
	boolean good() {
		return this == TO_SPECIFIC || this == TO_QUESTION || this == TO_SUPPORT || this == TO_ACTION;
	}

}
