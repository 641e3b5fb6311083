package org.compassioncoach.candour;

import java.util.List;

/**
 * How a statement measured up to one practice tip, for the debrief scorecard.
 *
 * @param tip the practice tip
 * @param passed whether the statement already follows it
 * @param observation one concrete sentence for the user, quoting their words where it can
 * @param evidence the user's own words that the finding rests on (may be empty)
 */
public record Finding(Tip tip, boolean passed, String observation, List<String> evidence) {

	public Finding {
		evidence = List.copyOf(evidence);
	}

}
