package org.compassioncoach.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.compassioncoach.flows.FlowState;
import org.compassioncoach.knowledge.Citation;
import org.compassioncoach.safety.SafetyState;

/**
 * Everything remembered about one conversation. Immutable: a turn produces a new value that
 * replaces the old one in the {@link ConversationStore}.
 *
 * @param id the conversation id
 * @param startedAt when it started
 * @param history the most recent messages, oldest first (bounded)
 * @param flow the current flow's state, or {@code null} outside a flow
 * @param safety the safety state carried across turns
 * @param notes what the export holds, in order (bounded)
 * @param citations every card cited so far, for the export
 */
public record Conversation(String id, Instant startedAt, List<Exchange> history, FlowState flow, SafetyState safety,
		List<ExportNote> notes, Set<Citation> citations) {

	/** Notes kept for the export; older notes beyond this are dropped. */
	static final int MAX_NOTES = 60;

	public Conversation {
		history = List.copyOf(history);
		notes = List.copyOf(notes);
		citations = Set.copyOf(new LinkedHashSet<>(citations));
	}

	public static Conversation start(String id, Instant now) {
		return new Conversation(id, now, List.of(), null, SafetyState.initial(), List.of(), Set.of());
	}

	/** Appends a message, keeping at most {@code limit} of the most recent. */
	public Conversation withMessage(Exchange exchange, int limit) {
		List<Exchange> messages = new ArrayList<>(this.history);
		messages.add(exchange);
		List<Exchange> kept = messages.subList(Math.max(0, messages.size() - limit), messages.size());
		return new Conversation(this.id, this.startedAt, kept, this.flow, this.safety, this.notes, this.citations);
	}

	public Conversation withFlow(FlowState flow) {
		return new Conversation(this.id, this.startedAt, this.history, flow, this.safety, this.notes, this.citations);
	}

	public Conversation withSafety(SafetyState safety) {
		return new Conversation(this.id, this.startedAt, this.history, this.flow, safety, this.notes, this.citations);
	}

	public Conversation withNotes(List<ExportNote> added) {
		List<ExportNote> all = new ArrayList<>(this.notes);
		all.addAll(added);
		List<ExportNote> kept = all.subList(Math.max(0, all.size() - MAX_NOTES), all.size());
		return new Conversation(this.id, this.startedAt, this.history, this.flow, this.safety, kept, this.citations);
	}

	public Conversation withCitations(List<Citation> added) {
		Set<Citation> all = new LinkedHashSet<>(this.citations);
		all.addAll(added);
		return new Conversation(this.id, this.startedAt, this.history, this.flow, this.safety, this.notes, all);
	}

}
