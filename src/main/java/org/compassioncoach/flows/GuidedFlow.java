package org.compassioncoach.flows;

import java.util.List;
import java.util.Map;

import org.compassioncoach.session.ExportNote;

/** A flow that asks each step's question in turn and records the answers. */
class GuidedFlow implements CoachingFlow {

	private final FlowDefinition definition;

	private final Map<String, String> questions;

	GuidedFlow(FlowDefinition definition, Map<String, String> questions) {
		this.definition = definition;
		this.questions = Map.copyOf(questions);
	}

	@Override
	public FlowDefinition definition() {
		return this.definition;
	}

	@Override
	public RoutedTurn start(String message) {
		FlowState state = FlowState.start(this.definition.id(), this.definition.steps().get(0).id());
		return ask(state, "Let's work through **" + this.definition.title() + "**. ");
	}

	@Override
	public RoutedTurn handle(FlowState state, String message) {
		if (state.slots().containsKey("_revisit") || message.isBlank()) {
			return ask(state, "");
		}
		FlowDefinition.Step step = this.definition.step(state.stepId());
		FlowState recorded = step.collects().isEmpty() ? state : state.with(step.collects(), message);
		int index = this.definition.indexOf(state.stepId());
		if (index + 1 >= this.definition.steps().size()) {
			return ask(recorded, "Thank you. That completes this flow; your notes are in the export. ");
		}
		return ask(recorded.at(this.definition.steps().get(index + 1).id()), "Thank you. ");
	}

	private RoutedTurn ask(FlowState state, String preface) {
		FlowDefinition.Step step = this.definition.step(state.stepId());
		String question = this.questions.getOrDefault(step.id(), step.title());
		String reply = preface + question;
		return new RoutedTurn(state, step.title() + " " + String.join(" ", state.slots().values()), step.cards(),
				(passages) -> new StepPlan("steps/free", Map.of("situation", step.title()), reply,
						List.of("Go back", "Quit"), List.of(new ExportNote(step.title(), question)), true));
	}

}
