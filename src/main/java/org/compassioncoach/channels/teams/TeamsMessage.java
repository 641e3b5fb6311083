package org.compassioncoach.channels.teams;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import org.compassioncoach.channels.ChannelIds;

/**
 * The parts of a Teams message activity the coach needs.
 *
 * @param conversationId the coach conversation: one per Teams conversation (a channel thread, a
 * chat) and user, as {@code teams:<hash of conversation id>:<hash of user id>}
 * @param text what the user wrote, without the mention that summoned the coach
 */
record TeamsMessage(String conversationId, String text) {

	private static final Pattern LEADING_MENTION = Pattern.compile("^\\s*<at>[^<]*</at>[\\s,:]*");

	private static final Pattern MENTION = Pattern.compile("<at>([^<]*)</at>");

	private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</p>|</div>");

	private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]*>");

	private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0]+");

	/** Bots' ids in Teams start with {@code 28:}. */
	private static final String BOT_ID_PREFIX = "28:";

	/**
	 * @return the message, or {@code null} when the activity does not say who wrote it where
	 */
	static TeamsMessage from(JsonNode activity) {
		String conversation = text(activity.path("conversation"), "id");
		String user = text(activity.path("from"), "id");
		if (conversation == null || conversation.isBlank() || user == null || user.isBlank()) {
			return null;
		}
		List<String> botMentions = new ArrayList<>();
		for (JsonNode entity : activity.path("entities")) {
			String mentioned = text(entity.path("mentioned"), "id");
			String mentionText = text(entity, "text");
			if ("mention".equals(text(entity, "type")) && mentioned != null && mentioned.startsWith(BOT_ID_PREFIX)
					&& mentionText != null && !mentionText.isBlank()) {
				botMentions.add(mentionText);
			}
		}
		// Teams ids are long and carry characters a conversation id may not have.
		return new TeamsMessage("teams:" + ChannelIds.hash(conversation) + ":" + ChannelIds.hash(user),
				plain(text(activity, "text"), botMentions));
	}

	/**
	 * The text without the coach's mention (the mentions of bots the activity lists, or else the
	 * leading one, which is how an outgoing webhook is summoned), other mentions as names, and
	 * HTML reduced to text.
	 */
	static String plain(String text, List<String> botMentions) {
		if (text == null) {
			return "";
		}
		String out = text;
		for (String mention : botMentions) {
			out = out.replace(mention, " ");
		}
		if (out.equals(text)) {
			out = LEADING_MENTION.matcher(out).replaceFirst("");
		}
		out = MENTION.matcher(out).replaceAll("$1");
		out = BREAK.matcher(out).replaceAll("\n");
		out = TAG.matcher(out).replaceAll("");
		out = out.replace("&nbsp;", " ")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&apos;", "'")
			.replace("&amp;", "&");
		return SPACES.matcher(out).replaceAll(" ").strip();
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isString() ? value.stringValue() : null;
	}

}
