package org.compassioncoach.channels.slack;

import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a message in Slack's markup into the plain text the coach reads. */
final class SlackText {

	private static final Pattern LEADING_MENTION = Pattern.compile("^\\s*<@[A-Z0-9]+(?:\\|[^>]*)?>[\\s,:]*");

	private static final Pattern USER_MENTION = Pattern.compile("<@([A-Z0-9]+)(?:\\|([^>]*))?>");

	private static final Pattern CHANNEL = Pattern.compile("<#[A-Z0-9]+(?:\\|([^>]*))?>");

	private static final Pattern SPECIAL = Pattern.compile("<!([a-z]+)(?:\\^[^|>]*)?(?:\\|([^>]*))?>");

	private static final Pattern LINK = Pattern.compile("<([a-zA-Z][a-zA-Z0-9+.-]*:[^|>]*)(?:\\|([^>]*))?>");

	private SlackText() {
	}

	/**
	 * @param text the message as Slack sent it
	 * @param coachUserId the coach's user id, or {@code null} when unknown
	 * @param mention whether the message is a mention of the coach (when the coach's id is
	 * unknown, its leading mention is then taken to be the coach's)
	 * @return the text without the mention of the coach, with other mentions, channels and links
	 * as readable words and Slack's escapes undone
	 */
	static String plain(String text, String coachUserId, boolean mention) {
		if (text == null) {
			return "";
		}
		String out = text;
		if (coachUserId != null) {
			out = out.replaceAll("<@" + Pattern.quote(coachUserId) + "(?:\\|[^>]*)?>", " ");
		}
		else if (mention) {
			out = LEADING_MENTION.matcher(out).replaceFirst("");
		}
		out = replace(USER_MENTION, out, (m) -> (m.group(2) != null && !m.group(2).isBlank())
				? "@" + m.group(2).replaceFirst("^@", "") : "@colleague");
		out = replace(CHANNEL, out, (m) -> "#" + ((m.group(1) != null) ? m.group(1) : "channel"));
		out = replace(SPECIAL, out, (m) -> (m.group(2) != null) ? m.group(2) : "@" + m.group(1));
		out = replace(LINK, out, (m) -> (m.group(2) != null && !m.group(2).isBlank()) ? m.group(2) : m.group(1));
		return out.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip();
	}

	private static String replace(Pattern pattern, String text, Function<MatchResult, String> with) {
		return pattern.matcher(text).replaceAll((result) -> Matcher.quoteReplacement(with.apply(result)));
	}

}
