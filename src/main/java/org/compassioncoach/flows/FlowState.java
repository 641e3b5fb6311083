package org.compassioncoach.flows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a conversation is in a flow, and what the flow has collected.
 *
 * @param flowId the flow
 * @param stepId the current step
 * @param slots what the steps collected (situation, draft, persona, ...)
 * @param transcript the role-play or rehearsal lines so far, for the debrief (bounded)
 * @param paused whether the flow waits while the user is supported
 */
public record FlowState(String flowId, String stepId, Map<String, String> slots, List<String> transcript,
		boolean paused) {

	static final int MAX_TRANSCRIPT = 40;

	public FlowState {
		slots = Map.copyOf(slots);
		transcript = List.copyOf(transcript.subList(Math.max(0, transcript.size() - MAX_TRANSCRIPT), transcript.size()));
	}

	static FlowState start(String flowId, String stepId) {
		return new FlowState(flowId, stepId, Map.of(), List.of(), false);
	}

	public FlowState paused(boolean value) {
		return new FlowState(this.flowId, this.stepId, this.slots, this.transcript, value);
	}

	FlowState at(String step) {
		return new FlowState(this.flowId, step, this.slots, this.transcript, false);
	}

	FlowState with(String slot, String value) {
		Map<String, String> updated = new LinkedHashMap<>(this.slots);
		updated.put(slot, value);
		return new FlowState(this.flowId, this.stepId, updated, this.transcript, this.paused);
	}

	FlowState withLine(String line) {
		List<String> lines = new java.util.ArrayList<>(this.transcript);
		lines.add(line);
		return new FlowState(this.flowId, this.stepId, this.slots, lines, this.paused);
	}

	String slot(String name) {
		return this.slots.getOrDefault(name, "");
	}

}
