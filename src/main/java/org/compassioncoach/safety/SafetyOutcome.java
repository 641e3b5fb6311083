package org.compassioncoach.safety;

import java.util.List;

/**
 * What the safety layer decided for a turn.
 *
 * @param assessment the verdict on this message
 * @param signposts the services to show with the reply (empty at level none)
 * @param state the state to remember for the next turn
 * @param reply when present, the turn is answered with it and any flow pauses; when
 * {@code null} the coaching continues
 * @param resumesFlow the message only chose to carry on after support ("Carry on with my
 * preparation"): a paused flow resumes where it was instead of taking the words as an answer
 */
public record SafetyOutcome(SafetyAssessment assessment, List<SupportService> signposts, SafetyState state,
		SafetyReply reply, boolean resumesFlow) {

	public SafetyOutcome {
		signposts = List.copyOf(signposts);
	}

	public SafetyOutcome(SafetyAssessment assessment, List<SupportService> signposts, SafetyState state,
			SafetyReply reply) {
		this(assessment, signposts, state, reply, false);
	}

	public boolean answersTurn() {
		return this.reply != null;
	}

}
