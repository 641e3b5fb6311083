package org.compassioncoach.channels.teams;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.compassioncoach.chat.ChatRequest;
import org.compassioncoach.flows.FlowDefinition;

/**
 * Maps what a Teams user typed to a turn request: {@code start <flow-id>} and the quick replies
 * the coach offers ({@code Start: <flow title>}) start that flow; anything else is the user's
 * message as it is.
 */
final class FlowChoice {

	private static final Pattern START = Pattern.compile("(?i)^start\\s*:?\\s+(.+)$", Pattern.DOTALL);

	private FlowChoice() {
	}

	static ChatRequest request(String conversationId, String text, List<FlowDefinition> flows) {
		String typed = text.strip();
		Matcher start = START.matcher(typed);
		if (start.matches()) {
			String choice = start.group(1).strip();
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
