package org.compassioncoach.channels;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.compassioncoach.chat.ChatRequest;
import org.compassioncoach.flows.FlowDefinition;

/**
 * Maps what a chat-channel user typed to a turn request: {@code start <flow-id>} and the quick
 * replies the coach offers ({@code Start: <flow title>}) start that flow, and so does a bare
 * {@code <flow-id>} where the channel asks for it (a slash command's argument). Anything else is
 * the user's message as it is.
 */
public final class FlowChoice {

	private static final Pattern START = Pattern.compile("(?i)^start\\s*:?\\s+(.+)$", Pattern.DOTALL);

	private FlowChoice() {
	}

	/**
	 * @param conversationId the channel's conversation
	 * @param text what the user typed (not blank)
	 * @param flows the flows the coach offers
	 * @param bareIdStarts whether a message that begins with a flow id starts that flow
	 */
	public static ChatRequest request(String conversationId, String text, List<FlowDefinition> flows,
			boolean bareIdStarts) {
		String typed = text.strip();
		Matcher start = START.matcher(typed);
		String choice = start.matches() ? start.group(1).strip() : (bareIdStarts ? typed : null);
		if (choice != null) {
			String[] words = choice.split("\\s+", 2);
			String rest = (words.length > 1) ? words[1].strip() : "";
			for (FlowDefinition flow : flows) {
				if (choice.equalsIgnoreCase(flow.title()) || choice.equalsIgnoreCase(flow.id())) {
					return new ChatRequest(conversationId, "Start: " + flow.title(), flow.id());
				}
				if (words[0].toLowerCase(Locale.ROOT).equals(flow.id())) {
					return new ChatRequest(conversationId, rest.isEmpty() ? "Start: " + flow.title() : rest, flow.id());
				}
			}
		}
		return new ChatRequest(conversationId, typed, null);
	}

}
