package org.compassioncoach.flows;

import java.util.List;

/**
 * A flow as data: its steps in order.
 *
 * @param id stable id used in the API
 * @param title shown to users
 * @param description one sentence on what it helps with
 * @param steps the steps in order
 */
public record FlowDefinition(String id, String title, String description, List<Step> steps) {

	public FlowDefinition {
		steps = List.copyOf(steps);
	}

	public List<String> stepIds() {
		return this.steps.stream().map(Step::id).toList();
	}

	public int indexOf(String stepId) {
		return stepIds().indexOf(stepId);
	}

	public Step step(String stepId) {
		return this.steps.get(Math.max(0, indexOf(stepId)));
	}

	/**
	 * One step.
	 *
	 * @param id stable id
	 * @param title shown to users
	 * @param collects the slot the user's answer fills, or empty when the step collects nothing
	 * @param cards cards the step always draws on
	 */
	public record Step(String id, String title, String collects, List<String> cards) {

		public Step {
			cards = List.copyOf(cards);
		}

	}

}
