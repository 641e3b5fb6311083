package org.compassioncoach.flows;

import java.util.List;

/**
 * What every flow shares: its definition, starting at the first step (or answering it at once
 * when the user's first message already says enough), and asking a step's question again.
 */
abstract class StepwiseFlow implements CoachingFlow {

	private final FlowDefinition definition;

	private final String introduction;

	/**
	 * @param definition the flow's steps
	 * @param introduction what the coach says before the first question
	 */
	StepwiseFlow(FlowDefinition definition, String introduction) {
		this.definition = definition;
		this.introduction = introduction;
	}

	@Override
	public FlowDefinition definition() {
		return this.definition;
	}

	@Override
	public RoutedTurn start(String message) {
		FlowState state = FlowState.start(this.definition.id(), this.definition.steps().get(0).id());
		return Commands.isSubstantive(message) ? handle(state, message) : ask(state, this.introduction + "\n\n");
	}

	@Override
	public RoutedTurn ask(FlowState state, String preface) {
		return Replies.turn(this.definition, state, "Ask the step's question again, warmly and briefly.",
				this.definition.title() + " " + state.stepId(), this.definition.step(state.stepId()).cards(),
				(passages) -> decorate(state, Replies.Draft.of(preface + question(state), suggestions(state.stepId()))));
	}

	/** The current step's question. */
	abstract String question(FlowState state);

	/** Quick replies for a step. */
	abstract List<String> suggestions(String step);

	/** Adds what a step shows beside its question (the pause flow's breathing cue). */
	Replies.Draft decorate(FlowState state, Replies.Draft draft) {
		return draft;
	}

}
