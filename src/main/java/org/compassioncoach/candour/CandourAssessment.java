package org.compassioncoach.candour;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a feedback statement sits on the Radical Candour grid, and why.
 *
 * @param quadrant the quadrant; always {@link Quadrant#of(double, double)} of care and challenge
 * @param care how much it cares personally, 0 to 1
 * @param challenge how directly it challenges, 0 to 1
 * @param observations concrete observations that quote the user's words, most important first
 * @param suggestion a rewrite built from the user's own content: bottom line first, specific
 * behaviour and impact, their view, support, an agreed next step ({@code [brackets]} mark what
 * only the user can fill in)
 * @param summary one sentence naming the quadrant and what would move it
 * @param findings the statement against each practice tip, for a debrief scorecard
 * @param cues the cues found in the statement
 * @param topic a short noun phrase for the issue (e.g. "the late handovers"), or "this"
 * @param similarity how much the statement resembles each quadrant's exemplars (sums to 1)
 */
public record CandourAssessment(Quadrant quadrant, double care, double challenge, List<String> observations,
		String suggestion, String summary, List<Finding> findings, Set<Cue> cues, String topic,
		Map<Quadrant, Double> similarity) {

	public CandourAssessment {
		observations = List.copyOf(observations);
		findings = List.copyOf(findings);
		cues = Set.copyOf(cues);
		similarity = Map.copyOf(similarity);
		if (quadrant != Quadrant.of(care, challenge)) {
			throw new IllegalArgumentException("The quadrant must follow from care and challenge");
		}
	}

	/** Whether the statement showed the cue. */
	public boolean has(Cue cue) {
		return this.cues.contains(cue);
	}

	/** The finding for a tip, if the assessment made one. */
	public Optional<Finding> finding(Tip tip) {
		return this.findings.stream().filter((finding) -> finding.tip() == tip).findFirst();
	}

}
