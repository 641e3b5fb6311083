package org.compassioncoach.flows;

import java.util.List;

/** The ids of the five flows, as the API names them. */
final class FlowIds {

	static final String RADICAL_CANDOUR = "radical-candour";

	static final String PAUSE = "power-of-the-pause";

	static final String EMPATHY_TRAP = "empathy-trap";

	static final String SCRIPT = "conversation-script";

	static final String SUPERVISION = "supervision-prep";

	/** Quick replies offered when the user is not in a flow. */
	static final List<String> STARTERS = List.of("Start: Radical candour rehearsal", "Start: The power of the pause",
			"Start: Empathy-trap strategies", "Start: Compassionate conversation script", "Start: Supervision preparation");

	private FlowIds() {
	}

}
