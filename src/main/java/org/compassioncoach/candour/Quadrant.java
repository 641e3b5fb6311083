package org.compassioncoach.candour;

/** The four quadrants of the Radical Candour grid (toolkit Figure 5.3). */
public enum Quadrant {

	/** Cares personally and challenges directly. */
	RADICAL_CANDOUR("radical_candour", "radical candour"),

	/** Cares, but softens the message until it may not land. */
	RUINOUS_EMPATHY("ruinous_empathy", "ruinous empathy"),

	/** Challenges without care. */
	OBNOXIOUS_AGGRESSION("obnoxious_aggression", "obnoxious aggression"),

	/** Neither cares nor challenges: talks around the person. */
	MANIPULATIVE_INSINCERITY("manipulative_insincerity", "manipulative insincerity");

	private final String id;

	private final String label;

	Quadrant(String id, String label) {
		this.id = id;
		this.label = label;
	}

	/** The identifier the API uses, e.g. {@code radical_candour}. */
	public String id() {
		return this.id;
	}

	/** Lower-case words for prose. */
	public String label() {
		return this.label;
	}

	/** The quadrant for a position on the grid; 0.5 is the midline of each axis. */
	public static Quadrant of(double care, double challenge) {
		if (care >= 0.5) {
			return (challenge >= 0.5) ? RADICAL_CANDOUR : RUINOUS_EMPATHY;
		}
		return (challenge >= 0.5) ? OBNOXIOUS_AGGRESSION : MANIPULATIVE_INSINCERITY;
	}

	/** The quadrant with the given API identifier. */
	public static Quadrant fromId(String id) {
		for (Quadrant quadrant : values()) {
			if (quadrant.id.equals(id)) {
				return quadrant;
			}
		}
		throw new IllegalArgumentException("Unknown quadrant '" + id + "'");
	}

}
