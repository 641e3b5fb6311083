package org.compassioncoach.session;

/** One message in a conversation's history. */
public record Exchange(Speaker speaker, String text) {

	/** Who said it. */
	public enum Speaker {

		USER, COACH

	}

}
