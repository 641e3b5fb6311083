package org.compassioncoach.flows;

import java.util.ArrayList;
import java.util.List;

import org.compassioncoach.session.ExportNote;
import org.springframework.stereotype.Component;

/**
 * Supervision preparation: the supervisee's situation, what the supervisor wants from the
 * session, an agenda built from the supervision tools, and the supervisor's own self-care.
 */
@Component
class SupervisionFlow extends StepwiseFlow {

	private static final String SUPERVISEE = "supervisee";

	private static final String FOCUS = "focus";

	private static final String AGENDA = "agenda";

	private static final String SELF_CARE = "self-care";

	private static final FlowDefinition DEFINITION = new FlowDefinition(FlowIds.SUPERVISION, "Supervision preparation",
			"Prepare a compassionate supervision session: an agenda, questions to ask, and your own self-care.",
			List.of(new FlowDefinition.Step(SUPERVISEE, "The supervisee's situation", "supervisee",
					List.of("supervision-nussbaum-seven-dimensions")),
					new FlowDefinition.Step(FOCUS, "What you want from the session", "focus",
							List.of("supervision-curiosity-checklist")),
					new FlowDefinition.Step(AGENDA, "The agenda", "additions",
							List.of("supervision-curiosity-checklist", "supervision-reflective-questions")),
					new FlowDefinition.Step(SELF_CARE, "Your own self-care", "self_care",
							List.of("self-care-for-leaders", "resilience-for-supervisors"))));

	private static final List<Theme> THEMES = List.of(
			new Theme("workload", "workload and pressure", List.of("caseload", "workload", "overwhelm", "too much",
					"behind", "busy", "pressure", "deadline", "short staffed", "short-staffed"),
					"Are the targets and the caseload genuinely achievable? (supervisor's curiosity checklist)",
					"What's been hardest to keep on top of lately, and what would you take off your plate?"),
			new Theme("loss", "loss, grief or a distressing case", List.of("died", "death", "grief", "bereave", "loss",
					"safeguarding", "abuse", "distressing", "trauma", "upsetting", "difficult case"),
					"Name the difficulty out loud (Nussbaum's third dimension): \"That sounds like a real loss, for the "
							+ "family and for you.\"",
					"What has stayed with you from that case?"),
			new Theme("fatigue", "signs of compassion fatigue", List.of("numb", "cynical", "detached", "exhausted",
					"tired", "burnt out", "burned out", "burnout", "dread", "don't care", "withdrawn", "snappy",
					"irritable", "sick leave", "off sick"),
					"Gently check for compassion fatigue: exhaustion, detachment, dread, irritability.",
					"How are you finding the emotional side of the work at the moment?"),
			new Theme("development", "confidence and development", List.of("new", "newly qualified", "nqsw",
					"inexperienced", "confidence", "learning", "asye", "student", "first year", "unsure"),
					"Do my questions stretch them without overwhelming them? (supervisor's curiosity checklist)",
					"What would you like to get better at over the next three months?"),
			new Theme("practice", "a concern about practice", List.of("concern", "mistake", "error", "complaint",
					"late", "missed", "poor", "standard", "recording", "assessment"),
					"Is the evidence good enough to reach a judgement? Look at process as well as content.",
					"Talk me through how you approached it. What would you do differently with hindsight?"),
			new Theme("team", "team relationships", List.of("team", "conflict", "colleague", "relationship", "isolated",
					"bullied", "left out", "tension"),
					"Does our culture let people challenge each other constructively?",
					"How are things in the team for you at the moment?"));

	SupervisionFlow() {
		super(DEFINITION, "Let's prepare your supervision session.");
	}

	@Override
	String question(FlowState state) {
		return switch (state.stepId()) {
			case FOCUS -> "What do you most want from this session: a wellbeing check, reflecting on a case, "
					+ "their development, or a concern about practice?";
			case AGENDA -> "Is there anything you'd like to add to the agenda? Or say *next* and we'll look at your "
					+ "own self-care.";
			case SELF_CARE -> "How are you looking after yourself around this?";
			default -> "Tell me about the person you supervise: their role, what's going on for them, and anything "
					+ "you're worried about.";
		};
	}

	@Override
	public RoutedTurn handle(FlowState state, String message) {
		return switch (state.stepId()) {
			case SUPERVISEE -> supervisee(state, message);
			case FOCUS -> focus(state, message);
			case AGENDA -> selfCare(state.with("additions", message), message);
			default -> close(state, message);
		};
	}

	private RoutedTurn supervisee(FlowState state, String message) {
		List<Theme> themes = themes(message);
		String person = People.who(message, "your supervisee");
		String heard = themes.isEmpty() ? "" : " I'm hearing " + String.join(" and ",
				themes.stream().map(Theme::name).toList()) + ".";
		String reply = "Thank you. " + capitalise(person) + ": " + Replies.quote(message) + "." + heard + "\n\n"
				+ "Before we build the agenda: what do you most want from this session? A wellbeing check, reflecting "
				+ "on a case, their development, or a concern about practice?";
		return Replies.turn(DEFINITION, state.with("supervisee", message).at(FOCUS),
				"Reflect what you heard about the supervisee (quote them, name the themes) and ask what the supervisor "
						+ "wants from the session.",
				"supervision " + message, List.of("supervision-nussbaum-seven-dimensions"),
				(passages) -> Replies.Draft.of(reply, suggestions(FOCUS),
						new ExportNote("The supervisee's situation", Replies.quote(message))));
	}

	private RoutedTurn focus(FlowState state, String focus) {
		String situation = state.slot("supervisee");
		List<Theme> themes = themes(situation + " " + focus);
		String agenda = agenda(situation, focus, themes);
		String reply = "Here is an agenda built from the supervision tools. Pick what fits; you won't need all of "
				+ "it.\n\n" + agenda + "\n\nAnything to add? Or say *next* and we'll look at your own self-care.";
		return Replies.turn(DEFINITION, state.with("focus", focus).at(AGENDA),
				"Present the supervision agenda; keep its sections and questions, tailored to the supervisee.",
				"supervision agenda curiosity reflective questions " + situation + " " + focus,
				List.of("supervision-curiosity-checklist", "supervision-reflective-questions",
						"supervision-nussbaum-seven-dimensions"),
				(passages) -> Replies.Draft.of(reply, suggestions(AGENDA), new ExportNote("Supervision agenda", agenda)));
	}

	private RoutedTurn selfCare(FlowState state, String message) {
		String reply = (Commands.isFinish(message) ? "" : "Noted: " + Replies.quote(message) + ".\n\n")
				+ """
						**Your own self-care.** Supervising people through hard work is emotional labour, and it \
						is easier to hold others when you are held too.
						- **Before the session:** a few slow breaths, and five minutes to read your notes rather \
						than arriving straight from another meeting.
						- **After it:** a short break before the next thing, and a note of what stayed with you.
						- **This week:** who supervises or supports *you*? When did you last use it?
						- **Ask yourself (Exercise 5.2):** how do I notice compassion fatigue or burnout in myself? \
						What do I do, routinely, to look after myself? What one thing could I improve this week?

						What will you do for yourself around this session?""";
		return Replies.turn(DEFINITION, state.at(SELF_CARE),
				"Turn to the supervisor's own self-care with the micro and macro self-care ideas and the reflection "
						+ "questions; ask what they will do.",
				"supervisor self-care resilience compassion fatigue", List.of("self-care-for-leaders",
						"resilience-for-supervisors"),
				(passages) -> Replies.Draft.of(reply, suggestions(SELF_CARE)));
	}

	private RoutedTurn close(FlowState state, String message) {
		String note = Replies.quote(message);
		String reply = "That's a good commitment: " + note + ". Your agenda and this self-care step are in the "
				+ "export. Go well into the session.";
		return Replies.turn(DEFINITION, state.with("self_care", message).with("_done", "true"),
				"Affirm their self-care commitment and close.", "self-care " + message, List.of("self-care-for-leaders"),
				(passages) -> Replies.Draft.of(reply, List.of("Export", "Start: Supervision preparation"),
						new ExportNote("Your self-care", note)));
	}

	private static String agenda(String situation, String focus, List<Theme> themes) {
		List<Theme> chosen = new ArrayList<>(themes);
		if (chosen.isEmpty()) {
			chosen.add(THEMES.get(0));
		}
		StringBuilder out = new StringBuilder();
		out.append("**1. Arrive and check in** (attentiveness, being present)\n");
		out.append("- Phone away, door closed. \"How are things with you at the moment, at work and generally?\"\n\n");
		out.append("**2. Their story** (active listening, naming the difficulties)\n");
		out.append("- Let them tell it in their own words; reflect it back in yours.\n");
		out.append("- Your focus today: ").append(Replies.quote(focus)).append("\n\n");
		out.append("**3. Curious questions** (curiosity checklist)\n");
		for (Theme theme : chosen) {
			out.append("- Ask: \"").append(theme.question()).append("\"\n");
			out.append("- Ask yourself: ").append(theme.prompt()).append('\n');
		}
		out.append("- Ask: \"Is there enough evidence to reach a judgement here? What else would you want to know?\"\n\n");
		out.append("**4. Wider lenses** (self, leader, team, organisation)\n");
		out.append("- Self: \"When does the work feel most worthwhile at the moment, and when most pointless?\"\n");
		out.append("- Leader: \"What does 'great' look like here, and what's the minimum acceptable?\"\n");
		out.append("- Team: \"How are things in the team affecting how we treat each other and the people we support?\"\n");
		out.append("- Organisation: \"Is anything in how we work getting in the way?\"\n\n");
		out.append("**5. Compassion-fatigue check**\n");
		out.append("- Notice exhaustion, detachment, dread, irritability or numbness. \"How are you finding the "
				+ "emotional side of the work?\"\n\n");
		out.append("**6. Actions, support and follow-up**\n");
		out.append("- Agree one to three actions, what you will do, and the date you'll review them.\n");
		out.append("- Remind them of the Employee Assistance Programme and occupational health.\n");
		return out.toString().strip();
	}

	private static List<Theme> themes(String text) {
		return THEMES.stream().filter((theme) -> Replies.mentions(text, theme.cues().toArray(String[]::new))).toList();
	}

	private static String capitalise(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	@Override
	List<String> suggestions(String step) {
		return switch (step) {
			case FOCUS -> List.of("A wellbeing check", "Reflecting on a difficult case", "Their development",
					"A concern about practice");
			case AGENDA -> List.of("Next", "Export");
			case SELF_CARE -> List.of("I'll take a break after the session", "I'll book my own supervision");
			default -> List.of("A newly qualified social worker who seems overwhelmed by her caseload",
					"An experienced carer whose client has just died");
		};
	}

	/**
	 * @param key stable id
	 * @param name how the coach names it
	 * @param cues words that suggest it
	 * @param prompt what the supervisor asks themselves
	 * @param question what the supervisor asks the supervisee
	 */
	private record Theme(String key, String name, List<String> cues, String prompt, String question) {
	}

}
