package org.compassioncoach.candour;

/**
 * The role-play colleague's answer to one of the user's lines.
 *
 * @param persona the persona speaking
 * @param line what the colleague says
 * @param reaction which line bank it came from, i.e. how the user's line landed
 * @param escalation how worked up the colleague now is, 0 (calm) to 5 (furious)
 * @param heated whether the user's line was reactive or heated, so the flow can offer a pause
 * before showing the colleague's answer
 */
public record RolePlayLine(String persona, String line, Reaction reaction, int escalation, boolean heated) {

	/** The reaction's key in {@code flows/personas.yaml}, e.g. {@code to_question}. */
	public String reactionKey() {
		return this.reaction.key();
	}

}
