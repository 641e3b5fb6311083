package org.compassioncoach.channels.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;

/**
 * A {@code /coach …} invocation.
 *
 * @param teamId the workspace
 * @param channelId where it was typed
 * @param userId who typed it
 * @param text what followed the command
 * @param responseUrl where the answer goes (valid for 30 minutes), or {@code null}
 */
record SlashCommand(String teamId, String channelId, String userId, String text, String responseUrl) {

	static SlashCommand from(SlashCommandPayload payload) {
		return new SlashCommand(payload.getTeamId(), payload.getChannelId(), payload.getUserId(),
				(payload.getText() != null) ? payload.getText() : "", blankToNull(payload.getResponseUrl()));
	}

	/** The same conversation as the user's top-level messages in that channel or DM. */
	String conversationId() {
		return SlackEvent.conversationId(this.teamId, this.channelId, null, this.userId);
	}

	boolean asksForHelp() {
		String typed = this.text.strip();
		return typed.isEmpty() || typed.equalsIgnoreCase("help");
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
