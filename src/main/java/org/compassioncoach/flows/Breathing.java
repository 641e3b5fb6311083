package org.compassioncoach.flows;

import java.util.List;

/**
 * A timed breathing cue the page can animate.
 *
 * @param phases the phases of one breath, in order
 * @param cycles how many breaths
 */
public record Breathing(List<Phase> phases, int cycles) {

	public Breathing {
		phases = List.copyOf(phases);
	}

	/** The cue used in the pause flow: in for 4, hold for 4, out for 6, three times. */
	static Breathing calm() {
		return new Breathing(List.of(new Phase("in", "Breathe in", 4), new Phase("hold", "Hold", 4),
				new Phase("out", "Breathe out slowly", 6)), 3);
	}

	/**
	 * @param id {@code in}, {@code hold} or {@code out}
	 * @param label what to show
	 * @param seconds how long
	 */
	public record Phase(String id, String label, int seconds) {
	}

}
