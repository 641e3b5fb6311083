package org.compassioncoach.flows;

import java.util.List;
import java.util.Locale;

import org.compassioncoach.session.ExportNote;
import org.springframework.stereotype.Component;

/**
 * Compassionate-conversation scripts: the user picks a kind of conversation and gives the
 * facts; the coach builds a script (bottom line first, acknowledge, listen, contributory
 * factors, actions, support and signposting, follow-up) they can export.
 */
@Component
class ScriptFlow extends StepwiseFlow {

	private static final String TYPE = "situation-type";

	private static final String DETAILS = "details";

	private static final String SCRIPT = "script";

	private static final FlowDefinition DEFINITION = new FlowDefinition(FlowIds.SCRIPT, "Compassionate conversation script",
			"Build a script for a hard conversation: bottom line first, listen, explore, agree actions and support.",
			List.of(new FlowDefinition.Step(TYPE, "The kind of conversation", "situation_type",
					List.of("bottom-line-first-difficult-news")),
					new FlowDefinition.Step(DETAILS, "The facts", "details",
							List.of("contributory-factors-situation-not-personality")),
					new FlowDefinition.Step(SCRIPT, "Your script", "changes",
							List.of("bottom-line-first-difficult-news"))));

	private static final List<Kind> KINDS = List.of(
			new Kind("upheld-complaint", "An upheld complaint",
					List.of("complaint", "upheld", "complained", "grievance"),
					"I need to talk to you about the complaint. The outcome is that it has been upheld.",
					"I know this isn't what you hoped to hear, and it may feel unfair or upsetting."),
			new Kind("investigation", "The start of an investigation",
					List.of("investigat", "inquiry", "fitness to practise", "gmc", "nmc", "hcpc", "referral",
							"suspend", "exclusion", "disciplinary", "allegation", "concern has been raised"),
					"I need to let you know that a concern has been raised about your practice, and we are starting "
							+ "an investigation.",
					"Being investigated is hard for anyone, whatever the outcome. It's normal to feel anxious, "
							+ "and you won't be going through it alone."),
			new Kind("bad-news", "Bad news",
					List.of("bad news", "probation", "not been successful", "unsuccessful", "redundan", "restructur",
							"not shortlisted", "funding", "rejected", "extend", "decision"),
					"I've got some difficult news, and I want to be straight with you.",
					"I imagine that's disappointing, and maybe worrying."),
			new Kind("distress", "Responding to distress",
					List.of("distress", "crying", "in tears", "upset", "struggling", "breaking down", "not coping",
							"bereave", "grief"),
					"I've noticed you haven't seemed yourself lately, and I wanted to check in with you properly.",
					"It sounds like things have been really hard. Thank you for telling me."),
			new Kind("wellbeing", "A wellbeing check-in",
					List.of("wellbeing", "well-being", "check-in", "check in", "checking in", "how they are",
							"1:1", "one to one", "one-to-one", "return to work"),
					"I'd like to use some of today to hear how things are with you, at work and generally.",
					"Whatever you share stays between us unless I'm worried about your safety, and there's no right "
							+ "answer."),
			new Kind("performance", "A performance concern",
					List.of("performance", "late", "notes", "documentation", "error", "mistake", "standard",
							"not following", "attendance", "sickness", "conduct", "behaviour", "rude", "handover",
							"quality", "capability"),
					"I want to talk to you about a concern with your work, and I want to be straightforward with you.",
					"I know this may be hard to hear. I'm raising it because I want to help you get back on track."));

	ScriptFlow() {
		super(DEFINITION, "Let's build a script for your conversation.");
	}

	@Override
	String question(FlowState state) {
		return switch (state.stepId()) {
			case DETAILS -> "Tell me the facts: who is it with (their role), what happened (specific behaviour, "
					+ "when, and its impact), and what needs to happen next.";
			case SCRIPT -> "Your script is above and in the export. Tell me what to change, or say *shorter*.";
			default -> "Which kind of conversation is it? A performance concern, an upheld complaint, the start "
					+ "of an investigation, bad news, responding to distress, or a wellbeing check-in?";
		};
	}

	@Override
	public RoutedTurn handle(FlowState state, String message) {
		return switch (state.stepId()) {
			case TYPE -> type(state, message);
			case DETAILS -> details(state, message);
			default -> revise(state, message);
		};
	}

	private RoutedTurn type(FlowState state, String message) {
		Kind kind = classify(message);
		FlowState typed = state.with("situation_type", kind.key());
		// A user who already gave the facts with the kind of conversation gets the script at once.
		if (message.strip().split("\\s+").length >= 12) {
			return details(typed.at(DETAILS), message);
		}
		String reply = "**" + kind.title() + "** it is. Now the facts, because a compassionate script is a specific "
				+ "one: who is it with (their role), what happened (the behaviour, when, and its impact), and what "
				+ "needs to happen next?";
		return Replies.turn(DEFINITION, typed.at(DETAILS),
				"Confirm the kind of conversation and ask for the specific facts.", kind.title() + " conversation",
				DEFINITION.step(DETAILS).cards(), (passages) -> Replies.Draft.of(reply, suggestions(DETAILS)));
	}

	private RoutedTurn details(FlowState state, String details) {
		Kind kind = kind(state.slot("situation_type"));
		String script = script(kind, details);
		FlowState next = state.with("details", details).at(SCRIPT);
		String reply = "Here is your script for **" + kind.title().toLowerCase(Locale.ROOT) + "**. Read it aloud "
				+ "once; change any words that don't sound like you.\n\n" + script
				+ "\n\nTell me what to change, say *shorter* for a one-card version, or export it.";
		List<String> cards = kind.key().equals("investigation")
				? List.of("investigation-mental-health-support", "bottom-line-first-difficult-news")
				: List.of("bottom-line-first-difficult-news", "contributory-factors-situation-not-personality");
		return Replies.turn(DEFINITION, next,
				"Present the script. Keep every section, its order, the user's facts and the signposting exactly; "
						+ "you may make the wording warmer and more natural.",
				kind.title() + " script support " + details, cards,
				(passages) -> Replies.Draft.of(reply, suggestions(SCRIPT),
						new ExportNote("Script: " + kind.title().toLowerCase(Locale.ROOT), script)));
	}

	private RoutedTurn revise(FlowState state, String message) {
		Kind kind = kind(state.slot("situation_type"));
		String details = state.slot("details");
		if (Replies.mentions(message, "short", "brief", "card", "condense")) {
			String card = shortScript(kind, details);
			return Replies.turn(DEFINITION, state.with("changes", message),
					"Present the one-card version of the script.", kind.title() + " script", List.of(),
					(passages) -> Replies.Draft.of("A one-card version to keep in your pocket:\n\n" + card,
							suggestions(SCRIPT), new ExportNote("One-card version", card)));
		}
		String combined = details + "\n" + message;
		String script = script(kind, combined);
		String reply = "I've worked that in: " + Replies.quote(message) + ".\n\n" + script;
		return Replies.turn(DEFINITION, state.with("details", combined).with("changes", message),
				"Revise the script with the user's change; keep all sections and the signposting.",
				kind.title() + " script " + message, List.of("bottom-line-first-difficult-news"),
				(passages) -> Replies.Draft.of(reply, suggestions(SCRIPT),
						new ExportNote("Script (revised): " + kind.title().toLowerCase(Locale.ROOT), script)));
	}

	static String script(Kind kind, String details) {
		String person = People.who(details, "them");
		boolean doctor = People.isDoctor(details);
		StringBuilder out = new StringBuilder();
		out.append("**1. Bottom line first**\n> ").append(kind.opening()).append("\n> *Then say the facts plainly, "
				+ "in one or two sentences:* ").append(Replies.quote(details)).append("\n\n");
		out.append("Then pause. Let it land; don't fill the silence.\n\n");
		out.append("**2. Acknowledge**\n> ").append(kind.acknowledgement()).append("\n\n");
		out.append("**3. Listen**\n");
		out.append("- \"How are you feeling about what I've said?\"\n");
		out.append("- \"What's your view of what happened?\"\n");
		out.append("- \"What questions do you have?\"\n\n");
		out.append("**4. Explore the situation, not the personality**\n");
		out.append("- \"What's your workload like at the moment? What competes for your time?\"\n");
		out.append("- \"How clear have the expectations been?\"\n");
		out.append("- \"Is anything getting in the way: the team, systems, staffing, training?\"\n");
		out.append("- \"Is anything outside work affecting you that you'd like me to know about?\"\n\n");
		out.append("**5. Agree actions**\n");
		out.append("- Agree one to three specific, realistic actions, each with a date, and what you will do too.\n");
		out.append("- \"What would help you most to make this change?\"\n\n");
		out.append("**6. Support and signposting**\n");
		out.append("- \"This can be a lot to carry. Our Employee Assistance Programme is free and confidential, and "
				+ "I can refer you to occupational health if that would help.\"\n");
		if (kind.key().equals("investigation")) {
			out.append("- Offer a named contact outside the investigation who will check in with them regularly.\n");
			out.append("- Offer reasonable adjustments, and review them: breaks in interviews, questions in advance, "
					+ "written answers, someone to accompany them.\n");
			out.append("- Explain the next steps and the timetable, and keep them updated, including about delays.\n");
		}
		if (doctor) {
			out.append("- NHS Practitioner Health offers free, confidential support for doctors and dentists.\n");
		}
		out.append("- If they say anything suggesting they may be at risk, stay with them and get urgent help: 999 in "
				+ "an emergency, or Samaritans on 116 123, any time.\n\n");
		out.append("**7. Follow up**\n");
		out.append("> \"Can we meet again on [date] to see how things are going?\"\n");
		out.append("- Write down what you agreed, send ")
			.append(person.equals("them") ? "them" : person)
			.append(" a short, kind summary, and keep the date.\n");
		return out.toString().strip();
	}

	private static String shortScript(Kind kind, String details) {
		return "1. " + kind.opening() + " " + Replies.quote(details) + "\n2. Pause. " + kind.acknowledgement()
				+ "\n3. \"What's your view? How are you feeling about it?\"\n4. \"What's been getting in the way?\"\n"
				+ "5. Agree one to three actions with dates.\n6. EAP, occupational health"
				+ (People.isDoctor(details) ? ", NHS Practitioner Health" : "")
				+ (kind.key().equals("investigation") ? ", a named contact and reasonable adjustments" : "")
				+ ". At risk: 999, Samaritans 116 123.\n7. \"Can we meet again on [date]?\"";
	}

	private static Kind classify(String message) {
		for (Kind kind : KINDS) {
			if (kind.title().equalsIgnoreCase(message.strip()) || kind.key().equalsIgnoreCase(message.strip())) {
				return kind;
			}
		}
		for (Kind kind : KINDS) {
			if (Replies.mentions(message, kind.cues().toArray(String[]::new))) {
				return kind;
			}
		}
		return kind("performance");
	}

	private static Kind kind(String key) {
		return KINDS.stream().filter((kind) -> kind.key().equals(key)).findFirst().orElse(KINDS.get(KINDS.size() - 1));
	}

	@Override
	List<String> suggestions(String step) {
		return switch (step) {
			case DETAILS -> List.of("My staff nurse's notes have been late three times this month", "Go back");
			case SCRIPT -> List.of("Shorter", "Export", "Start: Radical candour rehearsal");
			default -> KINDS.stream().map(Kind::title).toList();
		};
	}

	/**
	 * @param key stable id kept in the flow state
	 * @param title shown to the user
	 * @param cues words that suggest it
	 * @param opening the bottom-line opening
	 * @param acknowledgement the acknowledgement line
	 */
	record Kind(String key, String title, List<String> cues, String opening, String acknowledgement) {
	}

}
