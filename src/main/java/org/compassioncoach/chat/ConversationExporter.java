package org.compassioncoach.chat;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.compassioncoach.flows.FlowEngine;
import org.compassioncoach.knowledge.Citation;
import org.compassioncoach.session.Conversation;
import org.compassioncoach.session.ExportNote;
import org.springframework.stereotype.Component;

/** Renders what a conversation produced (plan, script, rehearsal debrief) as printable Markdown. */
@Component
class ConversationExporter {

	private final FlowEngine flows;

	ConversationExporter(FlowEngine flows) {
		this.flows = flows;
	}

	String export(Conversation conversation) {
		StringBuilder out = new StringBuilder("# Compassion Coach: your preparation\n\n");
		out.append("*Started ")
			.append(DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'")
				.format(conversation.startedAt().atOffset(ZoneOffset.UTC)))
			.append(". A coach, not a crisis service: if you or someone else is at risk, call 999, or Samaritans "
					+ "on 116 123.*\n\n");
		if (conversation.flow() != null) {
			this.flows.definition(conversation.flow().flowId())
				.ifPresent((flow) -> out.append("**Flow:** ").append(flow.title()).append("\n\n"));
		}
		if (conversation.notes().isEmpty()) {
			out.append("Nothing has been prepared in this conversation yet.\n\n");
		}
		for (ExportNote note : conversation.notes()) {
			out.append("## ").append(note.heading()).append("\n\n").append(note.markdown().strip()).append("\n\n");
		}
		if (!conversation.citations().isEmpty()) {
			out.append("## Sources\n\n");
			for (Citation citation : conversation.citations()) {
				out.append("- **")
					.append(citation.title())
					.append("**: ")
					.append(citation.source())
					.append(", ")
					.append(citation.section())
					.append('\n');
			}
			out.append('\n');
		}
		return out.toString();
	}

}
