package org.compassioncoach.flows;

import java.util.List;

import org.compassioncoach.session.ExportNote;
import org.springframework.stereotype.Component;

/**
 * The power of the pause: know your hot buttons, stop and breathe, choose a response with
 * wisdom and compassion, then rehearse the moment.
 */
@Component
class PauseFlow extends StepwiseFlow {

	private static final String HOT_BUTTONS = "hot-buttons";

	private static final String BREATHE = "stop-and-breathe";

	private static final String CHOOSE = "choose-response";

	private static final String REHEARSE = "rehearse";

	private static final FlowDefinition DEFINITION = new FlowDefinition(FlowIds.PAUSE, "The power of the pause",
			"Notice what sets you off, stop and breathe, and choose a response with wisdom and compassion.",
			List.of(new FlowDefinition.Step(HOT_BUTTONS, "Your hot buttons", "hot_buttons", List.of("power-of-the-pause")),
					new FlowDefinition.Step(BREATHE, "Stop and breathe", "their_side", List.of("power-of-the-pause")),
					new FlowDefinition.Step(CHOOSE, "Choose your response", "response",
							List.of("power-of-the-pause", "caring-presence-tips")),
					new FlowDefinition.Step(REHEARSE, "Rehearse the moment", "rehearsal",
							List.of("power-of-the-pause"))));

	/** Kinds of trigger, in the order they are recognised, each with a line that recreates the moment. */
	private static final List<Trigger> TRIGGERS = List.of(
			new Trigger("interrupt", "being interrupted or talked over",
					"Sorry, can I just stop you there? That's not what happened at all.",
					List.of("interrupt", "talk over", "talked over", "cut me off", "cuts me off", "cut across")),
			new Trigger("blame", "being blamed or criticised in front of others",
					"Well, if the rota had been done properly in the first place, we wouldn't be in this mess.",
					List.of("blame", "criticis", "in front of", "humiliat", "undermin", "my fault")),
			new Trigger("tone", "a dismissive or rude tone", "Fine. Whatever. I've heard all this before.",
					List.of("tone", "dismissive", "rude", "eye roll", "rolls her eyes", "rolls his eyes", "sarcas",
							"sigh", "disrespect", "attitude")),
			new Trigger("late", "lateness and things not done",
					"I know the notes aren't done. I'll get to them when I get to them.",
					List.of("late", "not done", "missed", "deadline", "again", "forgot", "handover")),
			new Trigger("challenge", "having your judgement questioned",
					"With respect, I don't think you understand what it's actually like on the floor.",
					List.of("question", "challenge", "argue", "push back", "pushback", "defensive", "disagree")));

	private static final Trigger GENERAL = new Trigger("general", "that moment",
			"I really don't see why this is such a big deal.", List.of());





	PauseFlow() {
		super(DEFINITION, "Let's practise **the power of the pause**: the moment between what someone says and what "
				+ "you say back.");
	}

	@Override
	String question(FlowState state) {
		return switch (state.stepId()) {
			case BREATHE -> "Take the three slow breaths with the cue. Then tell me: in that moment, what do you "
					+ "think was going on for the other person?";
			case CHOOSE -> "Write the words you would like to say in that moment, next time it happens.";
			case REHEARSE -> "I'll play the other person. When you're ready, reply to: **\"" + trigger(state).line()
					+ "\"**";
			default -> "**Step 1: your hot buttons.** What kind of moment makes you react before you think? "
					+ "Being interrupted, a dismissive tone, lateness, being blamed in front of others? Tell me about "
					+ "one recent moment.";
		};
	}

	@Override
	Replies.Draft decorate(FlowState state, Replies.Draft draft) {
		return BREATHE.equals(state.stepId()) ? draft.withBreathing(Breathing.calm()) : draft;
	}

	@Override
	public RoutedTurn handle(FlowState state, String message) {
		return switch (state.stepId()) {
			case HOT_BUTTONS -> hotButtons(state, message);
			case BREATHE -> breathe(state, message);
			case CHOOSE -> choose(state, message);
			default -> rehearse(state, message);
		};
	}

	private RoutedTurn hotButtons(FlowState state, String message) {
		Trigger trigger = classify(message);
		FlowState next = state.with("hot_buttons", message).with("_trigger", trigger.key()).at(BREATHE);
		String reply = """
				Thank you. So the moment that gets you is %s: %s.

				Noticing it is the first step. Next time, watch for the early signs in your body: a tight jaw, heat \
				in your face, a sharp reply already forming.

				**Step 2: stop and breathe.** Let's practise it now.
				1. **Stop.** Say nothing for a moment. Put the pen down.
				2. **Breathe.** In for 4, hold for 4, out for 6. Do it three times with the cue.
				3. **Reflect.** What is happening for them? What do I want from this conversation? What will I wish \
				I had said tomorrow?

				When you're ready: in that moment, what do you think was going on for the other person?"""
			.formatted(trigger.name(), Replies.quote(message));
		return Replies.turn(DEFINITION, next,
				"Reflect the user's hot button back in their words, then guide the stop-and-breathe step and ask what "
						+ "was happening for the other person.",
				"power of the pause hot buttons stop and breathe " + message, DEFINITION.step(BREATHE).cards(),
				(passages) -> Replies.Draft
					.of(reply, suggestions(BREATHE), new ExportNote("Your hot button", Replies.quote(message)
							+ "\n\nKind of trigger: " + trigger.name() + "."))
					.withBreathing(Breathing.calm()));
	}

	private RoutedTurn breathe(FlowState state, String message) {
		FlowState next = state.with("their_side", message).at(CHOOSE);
		String reply = """
				That's a generous way to see it: %s. Holding that in mind makes the next step easier.

				**Step 3: choose your response** with wisdom (the honest message still needs saying) and compassion \
				(care for the person). Some ways in:
				- **Buy time:** "I want to answer that properly. Give me a moment."
				- **Name the behaviour, not the person:** "I'd like us to keep this respectful so we can sort it out."
				- **Lower your voice** rather than raising it, and suggest a short break if you need one.

				Write the words you would like to say in that moment, next time it happens."""
			.formatted(Replies.quote(message));
		return Replies.turn(DEFINITION, next,
				"Acknowledge their reflection on the other person, then help them choose a wise and compassionate "
						+ "response; ask them to write it.",
				"choose response wisdom compassion caring presence " + message, DEFINITION.step(CHOOSE).cards(),
				(passages) -> Replies.Draft.of(reply, suggestions(CHOOSE),
						new ExportNote("What might be going on for them", Replies.quote(message))));
	}

	private RoutedTurn choose(FlowState state, String message) {
		List<String> heat = Heat.markers(message);
		Trigger trigger = trigger(state);
		FlowState next = state.with("response", message).at(REHEARSE);
		StringBuilder reply = new StringBuilder();
		if (heat.isEmpty()) {
			reply.append("That holds both wisdom and compassion: ")
				.append(Replies.quote(message))
				.append(". It is calm, and it keeps the door open.\n\n");
		}
		else {
			reply.append("Your response ")
				.append(Replies.quote(message))
				.append(" still carries some heat: ")
				.append(String.join(", ", heat))
				.append(". Those are the words the other person will hear first. Try saying the same message about "
						+ "the behaviour, without the absolutes.\n\n");
		}
		reply.append("**Step 4: rehearse the moment.** I'll play the other person. Take a breath first, then reply as "
				+ "you would.\n\n**\"")
			.append(trigger.line())
			.append("\"**");
		return Replies.turn(DEFINITION, next,
				"Give honest feedback on the chosen response (calm or heated, quoting the user's words), then play the "
						+ "triggering line so they can rehearse.",
				"power of the pause choose response " + message, DEFINITION.step(REHEARSE).cards(),
				(passages) -> Replies.Draft.of(reply.toString(), suggestions(REHEARSE),
						new ExportNote("The response you chose", Replies.quote(message)
								+ (heat.isEmpty() ? "" : "\n\nWatch for: " + String.join(", ", heat) + "."))));
	}

	private RoutedTurn rehearse(FlowState state, String message) {
		if (Commands.isFinish(message)) {
			return summary(state);
		}
		List<String> heat = Heat.markers(message);
		boolean paused = Replies.mentions(message, "moment", "let me think", "give me a", "pause", "breath",
				"i hear", "i can see", "let's", "let us");
		int attempts = state.transcript().size() / 2 + 1;
		FlowState next = state.with("rehearsal", message).withLine("They: " + trigger(state).line())
			.withLine("You: " + message);
		StringBuilder reply = new StringBuilder("Rehearsal ").append(attempts).append(": you said ")
			.append(Replies.quote(message))
			.append(".\n\n");
		if (heat.isEmpty()) {
			reply.append("- **Calm:** no absolutes or sharp words. Well done.\n");
		}
		else {
			reply.append("- **Heat:** ").append(String.join(", ", heat)).append(". Pause and try it without them.\n");
		}
		reply.append(paused ? "- **Pause:** you made space before answering, which is the skill itself.\n"
				: "- **Pause:** you went straight in. Try opening with a breath or \"Give me a moment.\"\n");
		reply.append(Replies.mentions(message, "you are", "you're so", "you always", "you never")
				? "- **Behaviour, not person:** it drifts towards the person; name what happened instead.\n"
				: "- **Behaviour, not person:** it stays on what is happening, not who they are.\n");
		reply.append("\nSay *again* to rehearse once more, or *finish* for your pause plan.");
		return Replies.turn(DEFINITION, next,
				"Give brief, specific feedback on the rehearsal line (calm? paused? about the behaviour?), then offer "
						+ "another go or the summary.",
				"power of the pause rehearse " + message, DEFINITION.step(REHEARSE).cards(),
				(passages) -> Replies.Draft.of(reply.toString(), List.of("Again", "Finish"),
						new ExportNote("Rehearsal " + attempts, "They: \"" + trigger(state).line() + "\"\n\nYou: "
								+ Replies.quote(message))));
	}

	private RoutedTurn summary(FlowState state) {
		String plan = """
				- **My hot button:** %s
				- **Early signs to notice:** a tight jaw, heat in my face, a sharp reply forming.
				- **The pause:** stop; breathe in 4, hold 4, out 6; reflect on what is happening for them.
				- **What might be going on for them:** %s
				- **What I will say:** %s"""
			.formatted(Replies.quote(state.slot("hot_buttons")), Replies.quote(state.slot("their_side")),
					Replies.quote(state.slot("response")));
		String reply = "Here is your pause plan. It is in the export too.\n\n" + plan
				+ "\n\nA regular mindfulness routine makes the pause easier to reach under pressure.";
		return Replies.turn(DEFINITION, state.with("_done", "true"),
				"Summarise the user's pause plan from what they said.", "power of the pause mindfulness",
				List.of("power-of-the-pause"), (passages) -> Replies.Draft.of(reply,
						List.of("Export", "Start: Radical candour rehearsal"), new ExportNote("Your pause plan", plan)));
	}

	@Override
	List<String> suggestions(String step) {
		return switch (step) {
			case HOT_BUTTONS -> List.of("Being interrupted in handover", "A dismissive tone from a colleague",
					"Being blamed in front of the team");
			case BREATHE -> List.of("They were probably exhausted too", "They may have felt criticised");
			case CHOOSE -> List.of("I want to answer that properly. Give me a moment.", "Go back");
			default -> List.of("Again", "Finish");
		};
	}

	private static Trigger classify(String message) {
		return TRIGGERS.stream()
			.filter((trigger) -> Replies.mentions(message, trigger.cues().toArray(String[]::new)))
			.findFirst()
			.orElse(GENERAL);
	}

	private static Trigger trigger(FlowState state) {
		return TRIGGERS.stream()
			.filter((trigger) -> trigger.key().equals(state.slot("_trigger")))
			.findFirst()
			.orElseGet(() -> classify(state.slot("hot_buttons")));
	}

	/**
	 * @param key stable id kept in the flow state
	 * @param name how the coach names it
	 * @param line what the other person says in the rehearsal
	 * @param cues words that suggest it
	 */
	private record Trigger(String key, String name, String line, List<String> cues) {
	}

}
