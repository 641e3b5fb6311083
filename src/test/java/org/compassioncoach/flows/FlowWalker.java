package org.compassioncoach.flows;

import java.util.ArrayList;
import java.util.List;

import org.compassioncoach.session.ExportNote;

/** Drives a {@link FlowEngine} turn by turn without the HTTP layer or retrieval. */
final class FlowWalker {

	private final FlowEngine engine;

	private FlowState state;

	private final List<ExportNote> notes = new ArrayList<>();

	private StepPlan last;

	FlowWalker(FlowEngine engine) {
		this.engine = engine;
	}

	StepPlan start(String flowId, String message) {
		return turn(flowId, message);
	}

	StepPlan say(String message) {
		return turn(null, message);
	}

	private StepPlan turn(String flowId, String message) {
		RoutedTurn routed = this.engine.route(this.state, flowId, message);
		this.last = routed.composer().apply(List.of()).block();
		this.state = this.last.next();
		this.notes.addAll(this.last.notes());
		return this.last;
	}

	FlowState state() {
		return this.state;
	}

	String step() {
		return (this.state != null) ? this.state.stepId() : null;
	}

	String export() {
		StringBuilder out = new StringBuilder();
		this.notes.forEach((note) -> out.append("## ").append(note.heading()).append('\n').append(note.markdown()).append('\n'));
		return out.toString();
	}

}
