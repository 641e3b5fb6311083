package org.compassioncoach.channels.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import org.compassioncoach.channels.ChannelIds;

/**
 * A user's message from an Events API callback ({@code message} in a DM, {@code app_mention} in a
 * channel), with what the adapter needs: who, where, which thread, and its identities for
 * de-duplication.
 *
 * @param eventId the callback's {@code event_id}
 * @param teamId the workspace
 * @param type {@code message} or {@code app_mention}
 * @param channel the channel or DM id
 * @param channelType {@code im}, {@code channel}, … ({@code null} on app mentions)
 * @param user the author's user id, or {@code null} for bots and system messages
 * @param text the message text in Slack's markup
 * @param ts the message's timestamp (its id within the channel)
 * @param threadTs the thread it belongs to, or {@code null} at the top level
 * @param botId set when a bot or app wrote it
 * @param subtype set for edits, deletions, joins, bot messages …
 * @param clientMsgId the id the author's client gave the message, or {@code null}
 * @param appUserId the coach's own user id as the callback's {@code authorizations} name it, or
 * {@code null}
 */
record SlackEvent(String eventId, String teamId, String type, String channel, String channelType, String user,
		String text, String ts, String threadTs, String botId, String subtype, String clientMsgId, String appUserId) {

	static final String MESSAGE = "message";

	static final String APP_MENTION = "app_mention";

	/** Subtypes that are still a person writing to the coach; every other subtype is ignored. */
	private static final Set<String> USER_SUBTYPES = Set.of("thread_broadcast", "file_share");

	private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,40}");

	static SlackEvent from(JsonNode callback) {
		JsonNode event = callback.path("event");
		String team = text(callback, "team_id");
		String appUser = null;
		for (JsonNode authorization : callback.path("authorizations")) {
			if (authorization.path("is_bot").asBoolean(false)) {
				appUser = text(authorization, "user_id");
				break;
			}
		}
		return new SlackEvent(text(callback, "event_id"), (team != null) ? team : text(event, "team"),
				text(event, "type"), text(event, "channel"), text(event, "channel_type"), text(event, "user"),
				text(event, "text"), text(event, "ts"), text(event, "thread_ts"), text(event, "bot_id"),
				text(event, "subtype"), text(event, "client_msg_id"), appUser);
	}

	/**
	 * Whether this is a person writing to the coach: a DM or a mention, not a bot (the coach
	 * included), not an edit or deletion.
	 */
	boolean forCoach() {
		boolean addressed = APP_MENTION.equals(this.type) || (MESSAGE.equals(this.type) && "im".equals(this.channelType));
		return addressed && this.botId == null && (this.subtype == null || USER_SUBTYPES.contains(this.subtype))
				&& this.user != null && this.channel != null && this.ts != null && !this.user.equals(this.appUserId);
	}

	/**
	 * The thread the reply belongs in: a mention is always answered in its thread (started by the
	 * mention itself at the top level); a DM only when the user wrote in a thread.
	 */
	String replyThreadTs() {
		if (APP_MENTION.equals(this.type)) {
			return (this.threadTs != null) ? this.threadTs : this.ts;
		}
		return this.threadTs;
	}

	/**
	 * One coach conversation per user and place: {@code slack:<team>:<channel>[:<thread>]:<user>}.
	 */
	String conversationId() {
		return conversationId(this.teamId, this.channel, replyThreadTs(), this.user);
	}

	static String conversationId(String team, String channel, String threadTs, String user) {
		StringBuilder id = new StringBuilder("slack:").append(part(team)).append(':').append(part(channel));
		if (threadTs != null) {
			id.append(':').append(part(threadTs));
		}
		return id.append(':').append(part(user)).toString();
	}

	/**
	 * Every identity of this message: Slack has delivered one message under several event ids,
	 * so the channel + ts and the client's message id count as much as the event id.
	 */
	List<String> deliveryKeys() {
		List<String> keys = new ArrayList<>(3);
		if (this.eventId != null) {
			keys.add("event:" + this.eventId);
		}
		keys.add("message:" + this.teamId + ":" + this.channel + ":" + this.ts);
		if (this.clientMsgId != null) {
			keys.add("client:" + this.clientMsgId);
		}
		return keys;
	}

	static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isString() ? value.stringValue() : null;
	}

	/** An id as it is when it is safe in a conversation id, otherwise a short hash of it. */
	static String part(String value) {
		if (value == null) {
			return "none";
		}
		return SAFE_ID.matcher(value).matches() ? value : ChannelIds.hash(value);
	}

}
