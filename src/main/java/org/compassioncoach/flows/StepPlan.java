package org.compassioncoach.flows;

import java.util.List;
import java.util.Map;

import org.compassioncoach.session.ExportNote;

/**
 * What a step wants said this turn: the prompt a model follows and the reply the offline
 * coach gives, plus what the turn adds to the export and the flow state after it.
 *
 * @param next the flow state after this turn ({@code null} outside a flow)
 * @param prompt the prompt file (under {@code prompts/}) with the step's instructions
 * @param variables the prompt's variables
 * @param offlineReply the deterministic reply, used offline and as the fallback
 * @param suggestions quick replies for this step
 * @param notes what this turn adds to the export
 * @param useModel whether a model (when configured) should write the reply; steps whose
 * reply is exact data (an assessment scorecard, a script) keep the deterministic text
 * @param breathing a breathing cue for the page, or {@code null}
 */
public record StepPlan(FlowState next, String prompt, Map<String, String> variables, String offlineReply, List<String> suggestions,
		List<ExportNote> notes, boolean useModel, Breathing breathing) {

	public StepPlan {
		variables = Map.copyOf(variables);
		suggestions = List.copyOf(suggestions);
		notes = List.copyOf(notes);
	}

}
