package org.compassioncoach.channels.teams;

/**
 * The message activity an outgoing webhook answers with.
 *
 * @param type always {@code message}
 * @param text Markdown
 */
record TeamsReply(String type, String text) {

	static TeamsReply of(String text) {
		return new TeamsReply("message", text);
	}

}
