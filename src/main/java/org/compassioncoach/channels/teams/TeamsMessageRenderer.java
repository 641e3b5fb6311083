package org.compassioncoach.channels.teams;

import java.util.List;

import org.compassioncoach.chat.ChatResponse;
import org.compassioncoach.flows.FlowDefinition;
import org.compassioncoach.knowledge.Citation;
import org.compassioncoach.safety.SupportService;
import org.springframework.stereotype.Component;

/**
 * Renders the coach's answer as the Markdown text of a Teams message: the reply, then a
 * "Where to get support" section listing each service's name, contact, hours and address as
 * plain text (no cards or buttons that could hide a number), then the sources and quick replies.
 */
@Component
class TeamsMessageRenderer {

	static final String SUPPORT_HEADING = "**Where to get support**";

	String render(ChatResponse response) {
		StringBuilder text = new StringBuilder((response.reply() != null) ? response.reply().strip() : "");
		List<SupportService> signposts = (response.safety() != null && response.safety().signposts() != null)
				? response.safety().signposts() : List.of();
		if (!signposts.isEmpty()) {
			text.append("\n\n").append(SUPPORT_HEADING).append("\n\n");
			for (SupportService service : signposts) {
				text.append("- **").append(service.name()).append("**: ").append(service.contact());
				if (present(service.hours())) {
					text.append(" (").append(service.hours()).append(')');
				}
				if (present(service.url())) {
					text.append(" ").append(service.url());
				}
				text.append('\n');
			}
			text.setLength(text.length() - 1);
		}
		if (response.citations() != null && !response.citations().isEmpty()) {
			text.append("\n\n*Sources: ")
				.append(String.join("; ", response.citations().stream().map(TeamsMessageRenderer::citation).toList()))
				.append("*");
		}
		if (response.suggestions() != null && !response.suggestions().isEmpty()) {
			text.append("\n\nYou could reply: ")
				.append(String.join(" · ", response.suggestions().stream().map((s) -> "“" + s + "”").toList()));
		}
		return text.toString().strip();
	}

	/** What the coach can do, and how to start each flow from Teams. */
	String help(List<FlowDefinition> flows) {
		StringBuilder text = new StringBuilder("I'm **Compassion Coach**. Tell me about a hard conversation you are "
				+ "preparing for, or ask me about compassionate leadership. To work through a guided flow, send "
				+ "`start <flow>`:\n\n");
		for (FlowDefinition flow : flows) {
			text.append("- `").append(flow.id()).append("`: **").append(flow.title()).append("**. ")
				.append(flow.description()).append('\n');
		}
		return text.append("\nI am a coach, not a crisis service.").toString();
	}

	private static String citation(Citation citation) {
		StringBuilder text = new StringBuilder(citation.title());
		if (present(citation.source())) {
			text.append(" (").append(citation.source());
			if (present(citation.section())) {
				text.append(", ").append(citation.section());
			}
			text.append(')');
		}
		return text.toString();
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

}
