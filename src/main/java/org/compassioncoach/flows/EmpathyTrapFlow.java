package org.compassioncoach.flows;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.compassioncoach.session.ExportNote;
import org.springframework.stereotype.Component;

/**
 * Empathy-trap strategies: recognise the signs in the user's story, apply the five
 * strategies of Table 5.1 to it, and leave with a next step and a self-care step.
 */
@Component
class EmpathyTrapFlow extends StepwiseFlow {

	private static final String SIGNS = "signs";

	private static final String STRATEGIES = "strategies";

	private static final String NEXT_STEP = "next-step";

	private static final FlowDefinition DEFINITION = new FlowDefinition(FlowIds.EMPATHY_TRAP, "Empathy-trap strategies",
			"Spot when empathy is overwhelming you and turn it into compassionate action.",
			List.of(new FlowDefinition.Step(SIGNS, "Notice the signs", "story",
					List.of("empathy-trap-signs")),
					new FlowDefinition.Step(STRATEGIES, "The five strategies", "strategy",
							List.of("empathy-trap-strategies")),
					new FlowDefinition.Step(NEXT_STEP, "Your next step", "next_step",
							List.of("self-care-for-leaders"))));

	private static final List<Sign> SIGN_CUES = List.of(
			new Sign("overwhelm", "Absorbing their emotions",
					List.of("overwhelm", "drained", "exhausted", "can't stop thinking", "cant stop thinking",
							"take it home", "taking it home", "lie awake", "lying awake", "absorb", "carry", "heavy",
							"upset me", "affecting me", "feel awful", "cried", "in tears")),
			new Sign("rescuing", "Rushing to fix it for them",
					List.of("fix", "sort it", "sort out", "do it for", "doing it for", "cover for", "covering for",
							"cover her", "cover his", "covering", "doing her", "doing his", "rescue", "take over", "doing their", "step in", "pick up her",
							"pick up his", "do their work", "bail")),
			new Sign("avoiding", "Avoiding the hard message",
					List.of("haven't told", "havent told", "not told", "put off", "putting off", "avoid", "soften",
							"don't want to upset", "dont want to upset", "can't bring myself", "cant bring myself",
							"keep delaying", "hint", "not said", "haven't said", "havent said", "too soft", "let it slide",
							"letting it slide")),
			new Sign("no-plan", "All feeling, no plan",
					List.of("nothing changes", "nothing has changed", "no plan", "just listen", "we talk", "round in circles",
							"going round", "same conversation", "keeps happening")));

	EmpathyTrapFlow() {
		super(DEFINITION, "Empathy is where compassion starts, but it can also trap us: we feel so much with "
				+ "someone that we stop being able to help.");
	}

	@Override
	String question(FlowState state) {
		return switch (state.stepId()) {
			case STRATEGIES -> "Which of the five strategies will you try first?";
			case NEXT_STEP -> "What is one thing you will do in the next few days, and one thing you will do to look "
					+ "after yourself?";
			default -> "Tell me about the situation: who is it, what is happening for them, and how is it affecting "
					+ "you?";
		};
	}

	@Override
	public RoutedTurn handle(FlowState state, String message) {
		return switch (state.stepId()) {
			case SIGNS -> signs(state, message);
			case STRATEGIES -> strategy(state, message);
			default -> nextStep(state, message);
		};
	}

	private RoutedTurn signs(FlowState state, String story) {
		String person = People.who(story, "them");
		List<String> found = new ArrayList<>();
		StringBuilder reply = new StringBuilder("Thank you for telling me. ");
		StringBuilder signsNote = new StringBuilder();
		for (Sign sign : SIGN_CUES) {
			String evidence = evidence(story, sign.cues());
			if (evidence != null) {
				found.add(sign.key());
				signsNote.append("- **").append(sign.name()).append("**: you said ").append(Replies.quote(evidence)).append('\n');
			}
		}
		if (found.isEmpty()) {
			reply.append("I don't hear the classic signs of the empathy trap in what you've said, which is good. "
					+ "Check yourself against them anyway: absorbing their feelings, rushing to fix things, avoiding "
					+ "the hard message, or lots of listening with no plan.\n\n");
		}
		else {
			reply.append("I can hear some signs of the empathy trap:\n").append(signsNote).append('\n');
		}
		reply.append("Here are the five strategies from the toolkit, applied to your situation with ")
			.append(person.equals("them") ? "the person you describe" : person)
			.append(":\n\n");
		reply.append(strategies(person, found));
		reply.append("\nWhich one will you try first?");
		FlowState next = state.with("story", story).with("_signs", String.join(",", found)).at(STRATEGIES);
		return Replies.turn(DEFINITION, next,
				"Name the empathy-trap signs you hear in the user's story (quote them), then apply the five strategies "
						+ "to their situation and ask which they will try first.",
				"empathy trap signs strategies " + story, List.of("empathy-trap-signs", "empathy-trap-strategies"),
				(passages) -> Replies.Draft.of(reply.toString(), suggestions(STRATEGIES),
						new ExportNote("Your situation", Replies.quote(story)), new ExportNote("Signs of the empathy trap",
								signsNote.isEmpty() ? "No clear signs in what you described." : signsNote.toString()),
						new ExportNote("The five strategies, for you", strategies(person, found))));
	}

	private RoutedTurn strategy(FlowState state, String message) {
		String lower = message.toLowerCase(Locale.ROOT);
		String chosen = lower.contains("step") || lower.contains("away") || lower.contains("1") ? "stepping back"
				: lower.contains("need") || lower.contains("ask") || lower.contains("2") ? "asking what they need"
						: lower.contains("non") || lower.contains("listen") || lower.contains("3") ? "the power of non-action"
								: lower.contains("coach") || lower.contains("own solution") || lower.contains("4")
										? "coaching them to their own solution"
										: lower.contains("self") || lower.contains("care") || lower.contains("5")
												? "self-care" : "your own approach";
		FlowState next = state.with("strategy", message).at(NEXT_STEP);
		String reply = """
				Good choice: **%s**. You said %s.

				To make it real, let's turn it into a next step. What is **one thing you will do in the next few \
				days**, and **one thing you will do to look after yourself** this week? (For example: "On Thursday \
				I'll ask her what she needs from me, and I'll take my full lunch break.")"""
			.formatted(chosen, Replies.quote(message));
		return Replies.turn(DEFINITION, next,
				"Affirm the strategy they chose and ask for one concrete next step and one self-care step.",
				"empathy trap strategy next step self-care " + message, List.of("empathy-trap-strategies"),
				(passages) -> Replies.Draft.of(reply, suggestions(NEXT_STEP),
						new ExportNote("The strategy you will try first", chosen + ": " + Replies.quote(message))));
	}

	private RoutedTurn nextStep(FlowState state, String message) {
		boolean selfCare = Replies.mentions(message, "break", "sleep", "walk", "lunch", "rest", "exercise", "friend",
				"talk to", "mindful", "breath", "home on time", "holiday", "leave", "look after", "self-care", "eat");
		String plan = """
				- **The situation:** %s
				- **Strategy first:** %s
				- **Next step:** %s
				- **Self-care:** %s"""
			.formatted(Replies.quote(state.slot("story")), Replies.quote(state.slot("strategy")),
					Replies.quote(message), selfCare ? "as you said above."
							: "choose one small thing: a few slow breaths before the conversation, a proper break "
									+ "after it, or leaving on time that day.");
		String reply = "Here is your plan. It is in the export too.\n\n" + plan + "\n\n"
				+ (selfCare ? "Looking after yourself is part of the plan, not a reward for finishing it."
						: "I didn't hear a self-care step, so I've suggested one. Emotional labour is real work: your "
								+ "reserves need refilling before you can keep helping.")
				+ (state.slot("_signs").contains("avoiding")
						? "\n\nThe message you have been avoiding still needs saying. When you're ready, the radical "
								+ "candour rehearsal can help you practise it."
						: "");
		return Replies.turn(DEFINITION, state.with("next_step", message).with("_done", "true"),
				"Summarise the user's plan: situation, strategy, next step, and a self-care step.",
				"self-care emotional labour " + message, List.of("self-care-for-leaders"),
				(passages) -> Replies.Draft.of(reply, List.of("Export", "Start: Radical candour rehearsal"),
						new ExportNote("Your plan", plan)));
	}

	private static String strategies(String person, List<String> signs) {
		String them = person.equals("them") ? "them" : person;
		return "1. **Take a mental and emotional step away.** Before you next see " + them
				+ ", step out of the feeling for a minute: what would you advise another manager in your place? You "
				+ "are stepping back from the problem, not from the person.\n"
				+ "2. **Ask what they need.** \"What do you need from me right now?\" tells you how to help and helps "
				+ them + " feel heard.\n"
				+ "3. **Remember the power of non-action.** You don't have to solve everything in one conversation; "
				+ "often listening and acknowledging is the help.\n"
				+ "4. **Coach them to their own solution.** "
				+ (signs.contains("rescuing") ? "Instead of fixing it for " + them + ", ask"
						: "Ask")
				+ " \"What have you tried? What would help?\" so they keep the chance to learn.\n"
				+ "5. **Practise self-care.** Absorbing other people's feelings is draining. Plan a break, sleep, "
				+ "and someone to talk to, so you stay grounded enough for others to lean on.\n";
	}

	/** The sentence of the story that shows a sign, or {@code null}. */
	private static String evidence(String story, List<String> cues) {
		for (String sentence : story.split("(?<=[.!?])\\s+")) {
			if (Replies.mentions(sentence, cues.toArray(String[]::new))) {
				return sentence;
			}
		}
		return null;
	}

	@Override
	List<String> suggestions(String step) {
		return switch (step) {
			case STRATEGIES -> List.of("Ask what they need", "Step back emotionally", "Coach them to their own solution",
					"Self-care");
			case NEXT_STEP -> List.of("I'll ask her what she needs on Thursday and take my lunch break", "Go back");
			default -> List.of("A colleague keeps bringing me her problems and I end up fixing them",
					"I can't stop thinking about a staff member's situation");
		};
	}

	/**
	 * @param key stable id
	 * @param name how the reply names it
	 * @param cues words that suggest it
	 */
	private record Sign(String key, String name, List<String> cues) {
	}

}
