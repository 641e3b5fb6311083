package org.compassioncoach.flows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import reactor.core.publisher.Mono;

import org.compassioncoach.knowledge.Passage;
import org.springframework.stereotype.Component;

/**
 * Turns outside any flow: answer questions from the cards, and offer the flow that fits what
 * the user describes ("I need to tell someone their notes are late").
 */
@Component
class FreeConversation {

	/** Intent cues, checked in order; the first match is offered first. */
	private static final Map<String, Pattern> INTENTS = new LinkedHashMap<>();

	static {
		INTENTS.put(FlowIds.SUPERVISION, Pattern.compile(
				"(?i)\\b(supervision|supervisee|supervise|reflective practice|practice supervisor)\\b"));
		INTENTS.put(FlowIds.PAUSE, Pattern.compile(
				"(?i)\\b(snap(ped|ping)?|lose my temper|lost my temper|angry|anger|wound up|triggered|hot button|react(ed|ing)? badly|bite back|calm down|pause)\\b"));
		INTENTS.put(FlowIds.EMPATHY_TRAP, Pattern.compile(
				"(?i)\\b(empathy trap|absorb|take on (their|everyone'?s)|can'?t say no|rescu\\w*|fix(ing)? everything|too soft|overwhelmed by their|carry(ing)? their)\\b"));
		INTENTS.put(FlowIds.SCRIPT, Pattern.compile(
				"(?i)\\b(script|complaint (was |has been )?upheld|investigation|bad news|tell (him|her|them|someone|a colleague)|need to tell|break the news|wellbeing check|check-in|probation|disciplinary|what (do|should) i say)\\b"));
		INTENTS.put(FlowIds.RADICAL_CANDOUR, Pattern.compile(
				"(?i)\\b(feedback|tell (someone|a colleague|him|her|them)|late|lateness|notes|handover|hard conversation|difficult conversation|rehears\\w*|challenge|confront|candou?r|performance)\\b"));
	}

	private static final Pattern QUESTION = Pattern.compile(
			"(?i)^(what|how|why|when|which|who|is|are|can|could|should|do|does|tell me|explain|describe|list)\\b.*|.*\\?\\s*$");

	RoutedTurn handle(String message, Function<String, Optional<FlowDefinition>> flows) {
		List<FlowDefinition> offers = new ArrayList<>();
		INTENTS.forEach((id, cue) -> {
			if (cue.matcher(message).find()) {
				flows.apply(id).ifPresent(offers::add);
			}
		});
		boolean question = QUESTION.matcher(message.strip()).matches();
		return new RoutedTurn(message, List.of(),
				(passages) -> Mono.just(answer(message, question, offers, passages)));
	}

	RoutedTurn leftFlow(FlowDefinition left) {
		String reply = "We've left **" + left.title() + "**. Your notes so far stay in the export until you "
				+ "forget this conversation. What would you like to do next?";
		return new RoutedTurn(left.title(), List.of(), (passages) -> Mono.just(new StepPlan(null, "steps/free",
				Map.of("situation", "The user has just left the " + left.title() + " flow."), reply,
				FlowIds.STARTERS, List.of(), false, null)));
	}

	private StepPlan answer(String message, boolean question, List<FlowDefinition> offers, List<Passage> passages) {
		StringBuilder reply = new StringBuilder();
		Passage best = passages.isEmpty() ? null : passages.get(0);
		if (best != null && (question || offers.isEmpty())) {
			reply.append("Here is what the toolkit offers on **")
				.append(best.card().title())
				.append("** (")
				.append(best.card().source())
				.append(", ")
				.append(best.card().section())
				.append("):\n\n")
				.append(best.card().body().strip())
				.append("\n\n");
			if (passages.size() > 1) {
				reply.append("Related: ")
					.append(String.join("; ", passages.stream().skip(1).map((p) -> "*" + p.card().title() + "*").toList()))
					.append(".\n\n");
			}
		}
		List<String> suggestions = new ArrayList<>();
		if (!offers.isEmpty()) {
			reply.append((best != null && question) ? "If it would help to work on your own situation, I can take you "
					+ "through " : "It sounds like a situation I can help you prepare for. We could work through ");
			reply.append(String.join(" or ", offers.stream().map((f) -> "**" + f.title() + "** (" + f.description() + ")")
				.toList()));
			reply.append(".");
			offers.forEach((f) -> suggestions.add("Start: " + f.title()));
		}
		else {
			reply.append("I can help you rehearse a hard conversation, practise the pause, get out of the empathy "
					+ "trap, script a compassionate conversation or prepare supervision. What is on your mind?");
			suggestions.addAll(FlowIds.STARTERS);
		}
		return new StepPlan(null, "steps/free", Map.of("situation", "The user is not in a flow yet."), reply.toString().strip(),
				suggestions, List.of(), true, null);
	}

}
