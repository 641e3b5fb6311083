package org.compassioncoach.flows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import reactor.core.publisher.Mono;

import org.compassioncoach.knowledge.Passage;
import org.compassioncoach.session.ExportNote;

/** Small helpers the flows share to build a step's reply and its prompt for a model. */
final class Replies {

	private static final int QUOTE_WORDS = 30;

	private Replies() {
	}

	/**
	 * A routed turn whose model prompt is the shared flow-step prompt: the model rewrites the
	 * offline reply more fluently, keeping its facts, quotes and question.
	 */
	static RoutedTurn turn(FlowDefinition flow, FlowState next, String goal, String retrievalQuery,
			List<String> pinnedCards, Function<List<Passage>, Draft> draft) {
		return asyncTurn(flow, next, goal, retrievalQuery, pinnedCards, (passages) -> Mono.just(draft.apply(passages)));
	}

	/** As {@link #turn}, for steps that must assess the user's words off the event loop first. */
	static RoutedTurn asyncTurn(FlowDefinition flow, FlowState next, String goal, String retrievalQuery,
			List<String> pinnedCards, Function<List<Passage>, Mono<Draft>> draft) {
		return new RoutedTurn(retrievalQuery, pinnedCards, (passages) -> draft.apply(passages).map((built) -> {
			FlowState state = (built.state() != null) ? built.state() : next;
			Map<String, String> variables = new LinkedHashMap<>();
			FlowDefinition.Step step = flow.step(next.stepId());
			variables.put("flow_title", flow.title());
			variables.put("step_title", step.title());
			variables.put("step_number", Integer.toString(flow.indexOf(next.stepId()) + 1));
			variables.put("steps", Integer.toString(flow.steps().size()));
			variables.put("goal", goal);
			variables.put("collected", collected(state));
			variables.put("offline_reply", built.reply());
			variables.putAll(built.variables());
			String prompt = (built.prompt() != null) ? built.prompt() : "steps/flow-step";
			return new StepPlan(state, prompt, variables, built.reply(), built.suggestions(), built.notes(), built.useModel(),
					built.breathing());
		}));
	}

	/**
	 * What a step wants to say.
	 *
	 * @param reply the offline reply
	 * @param suggestions quick replies
	 * @param notes export notes
	 * @param prompt a specific prompt, or {@code null} for the shared flow-step prompt
	 * @param variables extra prompt variables
	 * @param useModel whether a model may rewrite it
	 * @param breathing a breathing cue for the UI, or {@code null}
	 * @param state the flow state after this turn when the step only knows it once the user's
	 * words are assessed, or {@code null} for the state the router chose
	 */
	record Draft(String reply, List<String> suggestions, List<ExportNote> notes, String prompt,
			Map<String, String> variables, boolean useModel, Breathing breathing, FlowState state) {

		static Draft of(String reply, List<String> suggestions, ExportNote... notes) {
			return new Draft(reply, suggestions, List.of(notes), null, Map.of(), true, null, null);
		}

		Draft withPrompt(String prompt, Map<String, String> variables) {
			return new Draft(this.reply, this.suggestions, this.notes, prompt, variables, this.useModel, this.breathing,
					this.state);
		}

		Draft withBreathing(Breathing cue) {
			return new Draft(this.reply, this.suggestions, this.notes, this.prompt, this.variables, this.useModel, cue,
					this.state);
		}

		Draft withState(FlowState next) {
			return new Draft(this.reply, this.suggestions, this.notes, this.prompt, this.variables, this.useModel,
					this.breathing, next);
		}

	}

	/** The user's words, trimmed to a quotable length, in quotation marks. */
	static String quote(String text) {
		// Trailing punctuation goes: the quote usually sits inside a sentence of the coach's.
		String clean = text.strip().replaceAll("\\s+", " ").replace("\"", "'").replaceAll("[.,;:]+$", "");
		String[] words = clean.split(" ");
		if (words.length > QUOTE_WORDS) {
			clean = String.join(" ", java.util.Arrays.copyOf(words, QUOTE_WORDS)) + "…";
		}
		return "\"" + clean + "\"";
	}

	static boolean mentions(String text, String... words) {
		String lower = text.toLowerCase(Locale.ROOT);
		for (String word : words) {
			if (lower.contains(word)) {
				return true;
			}
		}
		return false;
	}

	/** What the flow has collected so far, for the model's context. */
	static String collected(FlowState state) {
		StringBuilder out = new StringBuilder();
		state.slots().forEach((name, value) -> {
			if (!name.startsWith("_")) {
				out.append("- ").append(name.replace('_', ' ')).append(": ").append(value).append('\n');
			}
		});
		return out.isEmpty() ? "(nothing yet)" : out.toString().strip();
	}

	/** A card's title for "see also" lines, when it was retrieved. */
	static String titleOf(List<Passage> passages, String cardId, String fallback) {
		return passages.stream()
			.filter((p) -> p.card().id().equals(cardId))
			.map((p) -> p.card().title())
			.findFirst()
			.orElse(fallback);
	}

}
