package org.compassioncoach.flows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.compassioncoach.candour.CandourAssessment;
import org.compassioncoach.candour.CandourAssessor;
import org.compassioncoach.candour.Finding;
import org.compassioncoach.candour.RolePlayLine;
import org.compassioncoach.candour.RolePlayer;
import org.compassioncoach.candour.Tip;
import org.compassioncoach.session.ExportNote;
import org.springframework.stereotype.Component;

/**
 * The radical-candour rehearsal: the situation, the user's draft opening, its assessment on
 * the care × challenge grid with a rewrite, a role-play with a colleague persona, a scorecard
 * debrief against the practice tips, and a plan to take away.
 */
@Component
class RadicalCandourFlow extends StepwiseFlow {

	static final String SITUATION = "situation";

	static final String DRAFT = "draft";

	static final String IMPROVE = "improve";

	static final String ROLE_PLAY = "role-play";

	static final String DEBRIEF = "debrief";

	static final String PLAN = "plan";

	private static final FlowDefinition DEFINITION = new FlowDefinition(FlowIds.RADICAL_CANDOUR, "Radical candour rehearsal",
			"Draft what you will say, see it on the care × challenge grid, rehearse it with the other person, and get a debrief.",
			List.of(new FlowDefinition.Step(SITUATION, "The situation", "situation", List.of("radical-candour-grid")),
					new FlowDefinition.Step(DRAFT, "Your opening", "draft", List.of("caring-candour-tips")),
					new FlowDefinition.Step(IMPROVE, "Assessment and improved draft", "improved",
							List.of("radical-candour-grid", "caring-candour-tips")),
					new FlowDefinition.Step(ROLE_PLAY, "Role-play", "persona", List.of("radical-candour-practice-tips")),
					new FlowDefinition.Step(DEBRIEF, "Debrief", "", List.of("radical-candour-practice-tips")),
					new FlowDefinition.Step(PLAN, "Your plan", "", List.of("bottom-line-first-difficult-news"))));

	private static final Pattern KEEP_LINE = Pattern.compile(
			"(?i)^\\s*(say it anyway|keep it|send (it )?anyway|keep (that|my) line|as it is|no,? keep it)\\W*$");

	private static final Pattern USE_SUGGESTION = Pattern.compile("(?i)^\\s*(use|take|try) (the |your )?(suggestion|rewrite)\\W*$");

	private static final Pattern REHEARSE_AGAIN = Pattern.compile("(?i)^\\s*(rehearse|role[- ]?play|practi[cs]e) again\\W*$");

	/** A better line for each practice tip the user missed, for the debrief. */
	private static final Map<Tip, String> BETTER = new LinkedHashMap<>();

	static {
		BETTER.put(Tip.BOTTOM_LINE, "\"I need to talk to you about %s.\" (then the facts)");
		BETTER.put(Tip.SPECIFIC, "\"On [date], [what happened], and the impact was [consequence].\"");
		BETTER.put(Tip.BEHAVIOUR_NOT_PERSON, "\"When [the behaviour] happens, [the effect]\" rather than a word about who they are.");
		BETTER.put(Tip.CLEAR_NOT_SOFTENED, "Drop \"just\", \"a bit\" and \"maybe\": \"This needs to change.\"");
		BETTER.put(Tip.NO_ABSOLUTES, "\"Three times this month\" instead of \"always\".");
		BETTER.put(Tip.RESPECT, "\"I want to sort this out with you\" instead of sarcasm or a threat.");
		BETTER.put(Tip.CURIOSITY, "\"What's your view of what happened?\" or \"What's been getting in the way?\"");
		BETTER.put(Tip.SUPPORT, "\"What would help? I can look at your allocation and book some time with you.\"");
		BETTER.put(Tip.SINCERE, "Say it to them directly, in private, in plain words.");
		BETTER.put(Tip.NEXT_STEP, "\"Let's agree what happens next and meet again on [date].\"");
		BETTER.put(Tip.CONFIDENCE, "\"I know you care about your patients, and I'm confident you can turn this round.\"");
	}

	private final CandourAssessor assessor;

	private final RolePlayer colleague;

	RadicalCandourFlow(CandourAssessor assessor, RolePlayer colleague) {
		super(DEFINITION, "Let's rehearse it. We'll draft what you'll say, check it on the care × challenge grid, "
				+ "then practise it with me playing the other person.");
		this.assessor = assessor;
		this.colleague = colleague;
	}

	@Override
	String question(FlowState state) {
		return switch (state.stepId()) {
			case DRAFT -> "Write the first two or three sentences you plan to say, as you would actually say them.";
			case IMPROVE -> "Try a second version, say *use the suggestion*, or choose who I should play: defensive, "
					+ "upset, silent or deflecting.";
			case ROLE_PLAY -> "We're in the role-play. Say your next line to them, or *debrief* when you're ready.";
			case DEBRIEF -> "Say *plan* for your take-away plan, or *rehearse again* with another persona.";
			case PLAN -> "Your plan is in the export. Say *rehearse again* to practise once more.";
			default -> "**Step 1: the situation.** Who is the conversation with, what has happened, and what needs "
					+ "to change?";
		};
	}

	@Override
	public boolean isRolePlay(FlowState state) {
		return ROLE_PLAY.equals(state.stepId());
	}

	@Override
	public RoutedTurn handle(FlowState state, String message) {
		return switch (state.stepId()) {
			case SITUATION -> situation(state, message);
			case DRAFT -> draft(state, message, true);
			case IMPROVE -> improve(state, message);
			case ROLE_PLAY -> rolePlay(state, message);
			case DEBRIEF -> afterDebrief(state, message);
			default -> afterPlan(state, message);
		};
	}

	private RoutedTurn situation(FlowState state, String situation) {
		String topic = this.assessor.topicOf(situation);
		FlowState next = state.with("situation", situation).with("_topic", topic).at(DRAFT);
		String about = "this".equals(topic) ? "" : " So this is about " + topic + ".";
		String reply = "Thank you: " + Replies.quote(situation) + "." + about + "\n\n"
				+ "**Step 2: your opening.** Write the first two or three sentences you plan to say to them, as you "
				+ "would actually say them. Don't polish it; we'll look at it together.";
		return Replies.turn(DEFINITION, next,
				"Reflect the situation back briefly and ask for the user's draft opening lines.",
				"radical candour bottom line first " + situation, List.of("caring-candour-tips"),
				(passages) -> Replies.Draft.of(reply, suggestions(next.stepId()), new ExportNote("The situation", Replies.quote(situation))));
	}

	/** Assesses a draft (the first, or an improved one) and shows where it sits on the grid. */
	private RoutedTurn draft(FlowState state, String draft, boolean first) {
		FlowState drafted = state.with(first ? "draft" : "improved", draft).with("_latest", draft).at(IMPROVE);
		return Replies.asyncTurn(DEFINITION, drafted,
				"Give feedback on the draft using the rubric and the deterministic assessment; ask for a second "
						+ "version or a persona.",
				"radical candour grid feedback " + draft, List.of("radical-candour-grid", "caring-candour-tips"),
				(passages) -> this.assessor.assess(draft).map((assessment) -> {
					Trend trend = Trend.of(state.slot("_trend")).with(first ? "first draft" : "improved draft",
							assessment.quadrant().id());
					FlowState next = drafted.with("_trend", trend.encode()).with("_suggestion", assessment.suggestion());
					String heading = first ? "Your first draft" : "Your improved draft";
					return Replies.Draft
						.of(assessmentReply(assessment, first, trend), suggestions(next.stepId()),
								new ExportNote(heading, Replies.quote(draft)),
								new ExportNote("Assessment of the " + (first ? "first" : "improved") + " draft: "
										+ assessment.quadrant().label(), assessmentNote(assessment)))
						.withPrompt("steps/radical-candour/assessment",
								Map.of("situation", state.slot("situation"), "draft", draft, "quadrant",
										assessment.quadrant().label(), "care", score(assessment.care()), "challenge",
										score(assessment.challenge()), "observations", bullets(assessment.observations()),
										"suggestion", assessment.suggestion()))
						.withState(next);
				}));
	}

	private RoutedTurn improve(FlowState state, String message) {
		String persona = persona(message);
		if (persona != null) {
			return beginRolePlay(state, persona);
		}
		if (Commands.isFinish(message)) {
			return debrief(state);
		}
		if (USE_SUGGESTION.matcher(message).matches() && !state.slot("_suggestion").isEmpty()) {
			return draft(state, state.slot("_suggestion"), false);
		}
		return draft(state, message, false);
	}

	private RoutedTurn beginRolePlay(FlowState state, String persona) {
		FlowState next = state.with("persona", persona).at(ROLE_PLAY);
		String description = this.colleague.description(persona);
		String reply = "**Step 4: role-play.** I'll play your colleague, **" + persona + "**: " + description
				+ "\n\nYou start. Say your opening to them as you would in the room"
				+ (state.slot("_latest").isEmpty() ? "." : ", for example your latest draft.")
				+ " Say *debrief* whenever you want to stop.";
		return Replies.turn(DEFINITION, next,
				"Set the scene for the role-play in one or two sentences and invite the user to open.",
				"radical candour role-play " + persona, List.of("radical-candour-practice-tips"),
				(passages) -> Replies.Draft.of(reply, suggestions(next.stepId()), new ExportNote("Role-play", "You rehearsed with "
						+ "a **" + persona + "** colleague: " + description)));
	}

	private RoutedTurn rolePlay(FlowState state, String message) {
		if (Commands.isFinish(message)) {
			return debrief(state);
		}
		String pending = state.slot("_pending");
		boolean keep = !pending.isEmpty() && KEEP_LINE.matcher(message).matches();
		String line = keep ? pending : message;
		String persona = state.slot("persona");
		String topic = state.slot("_topic");
		List<String> previous = colleagueLines(state);
		return Replies.asyncTurn(DEFINITION, state,
				"Play the colleague's next line in character (see the role-play instructions).",
				"radical candour role-play " + line, List.of("radical-candour-practice-tips"),
				(passages) -> this.assessor.assess(line).map((assessment) -> {
					RolePlayLine answer = this.colleague.respond(persona, topic, line, assessment, previous.size(),
							previous);
					if (answer.heated() && !keep) {
						return pausePrompt(state.with("_pending", line), line, assessment);
					}
					Trend trend = Trend.of(state.slot("_trend")).with("role-play", assessment.quadrant().id());
					FlowState next = state.with("_pending", "")
						.with("_trend", trend.encode())
						.with("_escalation", Integer.toString(answer.escalation()))
						.withLine("You: " + line)
						.withLine("Colleague: " + answer.line());
					String reply = "**Your colleague (" + persona + "):** " + answer.line()
							+ ((previous.size() >= 3) ? "\n\n*(Carry on, or say *debrief* when you're ready.)*" : "");
					return Replies.Draft
						.of(reply, List.of("Debrief", "What's been getting in the way for you?",
								"What would help you with this?"))
						.withPrompt("steps/radical-candour/role-play", Map.of("topic", topic, "persona", persona,
								"persona_description", this.colleague.description(persona), "transcript",
								transcript(next), "line_quadrant", assessment.quadrant().label(), "line_signals",
								signals(assessment), "escalation", Integer.toString(answer.escalation()), "offline_line",
								answer.line()))
						.withState(next);
				}));
	}

	/** A heated line earns a pause before the colleague answers. */
	private Replies.Draft pausePrompt(FlowState state, String line, CandourAssessment assessment) {
		List<String> heat = Heat.markers(line);
		String reply = "**Pause.** Before they answer: that line may land as an attack"
				+ (heat.isEmpty() ? "" : " (" + String.join(", ", heat) + ")")
				+ ". Take one slow breath: in for 4, hold for 4, out for 6.\n\n"
				+ "What do you want them to hear? Say it again about the behaviour and its impact, or say *say it "
				+ "anyway* to keep your line.";
		return Replies.Draft.of(reply, List.of("Say it anyway"),
				new ExportNote("A pause in the role-play", "You paused before saying " + Replies.quote(line) + "."))
			.withBreathing(Breathing.calm())
			.withState(state);
	}

	private RoutedTurn debrief(FlowState state) {
		List<String> lines = userLines(state);
		FlowState next = state.at(DEBRIEF);
		return Replies.asyncTurn(DEFINITION, next,
				"Write the debrief from the scorecard (see the debrief instructions).",
				"radical candour practice tips debrief", List.of("radical-candour-practice-tips", "caring-candour-tips"),
				(passages) -> Flux.fromIterable(lines)
					.concatMap((line) -> this.assessor.assess(line).map((assessment) -> new Assessed(line, assessment)))
					.collectList()
					.map((assessed) -> {
						String scorecard = scorecard(assessed, state.slot("_topic"));
						String trend = Trend.of(state.slot("_trend")).describe();
						String reply = "**Debrief.** Here is how your lines measured up to the practice tips.\n\n"
								+ scorecard + "\n\n**Quadrant trend:** " + trend + "\n\n" + encouragement(assessed)
								+ "\n\nSay *plan* for your take-away plan, or *rehearse again* with another persona.";
						return Replies.Draft
							.of(reply, List.of("Plan", "Rehearse again", "Export"),
									new ExportNote("Debrief", scorecard + "\n\n**Quadrant trend:** " + trend),
									new ExportNote("Rehearsal transcript", transcript(state)))
							.withPrompt("steps/radical-candour/debrief", Map.of("situation", state.slot("situation"),
									"transcript", transcript(state), "scorecard", scorecard + "\n\nQuadrant trend: "
											+ trend));
					}));
	}

	private RoutedTurn afterDebrief(FlowState state, String message) {
		if (REHEARSE_AGAIN.matcher(message).matches() || persona(message) != null) {
			String persona = persona(message);
			FlowState again = state.at(IMPROVE);
			return (persona != null) ? beginRolePlay(again, persona)
					: ask(again, "Let's go again. ");
		}
		return plan(state);
	}

	private RoutedTurn afterPlan(FlowState state, String message) {
		if (REHEARSE_AGAIN.matcher(message).matches() || persona(message) != null) {
			return afterDebrief(state, message);
		}
		return ask(state, "");
	}

	private RoutedTurn plan(FlowState state) {
		String opening = !state.slot("improved").isEmpty() ? state.slot("improved") : state.slot("draft");
		String plan = """
				**The situation:** %s

				**Open with (bottom line first):** %s

				**Then:**
				1. Pause and let it land.
				2. Ask for their view: "What's your take on what happened? What's been getting in the way?"
				3. Listen for contributory factors (workload, staffing, systems, training, things outside work); \
				it's the situation, not the personality.
				4. Agree one to three actions with dates, and what you will do too.
				5. Offer support: the Employee Assistance Programme, occupational health, time with you.
				6. Show confidence in them, and agree when you'll meet again.

				**Words to avoid:** always, never, just, a bit, anything about who they are."""
			.formatted(Replies.quote(state.slot("situation")), Replies.quote(opening));
		FlowState next = state.at(PLAN);
		return Replies.turn(DEFINITION, next, "Present the take-away plan as it is.", "radical candour plan",
				List.of("bottom-line-first-difficult-news", "contributory-factors-situation-not-personality"),
				(passages) -> Replies.Draft.of("Here is your plan. It's in the export with your drafts and the debrief.\n\n"
						+ plan, List.of("Export", "Rehearse again"), new ExportNote("Your plan", plan)));
	}

	private String assessmentReply(CandourAssessment assessment, boolean first, Trend trend) {
		StringBuilder out = new StringBuilder();
		out.append("**Step 3: your ").append(first ? "draft" : "new version").append(" on the care × challenge grid.** ")
			.append(assessment.summary())
			.append("\n\n- **Care personally:** ")
			.append(score(assessment.care()))
			.append("\n- **Challenge directly:** ")
			.append(score(assessment.challenge()))
			.append("\n\n**What I noticed:**\n")
			.append(bullets(assessment.observations().stream().limit(5).toList()))
			.append("\n\n**A version to consider:**\n> ")
			.append(assessment.suggestion().replace("\n", "\n> "));
		if (!first) {
			out.append("\n\n**So far:** ").append(trend.describe());
		}
		out.append("\n\nTry another version, say *use the suggestion*, or pick who I should play in a rehearsal: "
				+ "**defensive**, **upset**, **silent** or **deflecting**.");
		return out.toString();
	}

	private static String assessmentNote(CandourAssessment assessment) {
		return assessment.summary() + " (care " + score(assessment.care()) + ", challenge "
				+ score(assessment.challenge()) + ")\n\n" + bullets(assessment.observations()) + "\n\n**Suggested "
				+ "version:** " + assessment.suggestion();
	}

	private static String scorecard(List<Assessed> assessed, String topic) {
		StringBuilder out = new StringBuilder("| Practice tip | How you did | Your words | Try |\n|---|---|---|---|\n");
		for (Tip tip : Tip.values()) {
			Finding best = null;
			String words = "";
			for (Assessed line : assessed) {
				Finding finding = line.assessment().finding(tip).orElse(null);
				if (finding != null && (best == null || (finding.passed() && !best.passed()))) {
					best = finding;
					words = finding.passed() ? line.text() : words.isEmpty() ? line.text() : words;
				}
			}
			if (best == null) {
				continue;
			}
			String better = best.passed() ? "Keep it" : BETTER.getOrDefault(tip, "").formatted(topic);
			out.append("| ")
				.append(tip.title())
				.append(" | ")
				.append(best.passed() ? "✅ yes" : "⬜ not yet")
				.append(" | ")
				.append(cell(Replies.quote(words)))
				.append(" | ")
				.append(cell(better))
				.append(" |\n");
		}
		return out.toString().strip();
	}

	private static String encouragement(List<Assessed> assessed) {
		long candid = assessed.stream()
			.filter((line) -> line.assessment().quadrant().id().equals("radical_candour"))
			.count();
		if (candid == 0) {
			return "None of your lines landed in radical candour yet. That's what rehearsal is for: take the "
					+ "suggestions above and try once more.";
		}
		return candid + " of your " + assessed.size() + " lines landed in radical candour: caring and direct. You "
				+ "can do this.";
	}

	private String persona(String message) {
		String lower = message.toLowerCase(Locale.ROOT);
		for (String persona : this.colleague.personas()) {
			if (Pattern.compile("\\b" + Pattern.quote(persona) + "\\b").matcher(lower).find()
					&& lower.split("\\s+").length <= 6) {
				return persona;
			}
		}
		return null;
	}

	@Override
	List<String> suggestions(String step) {
		return switch (step) {
			case SITUATION -> List.of("A staff nurse whose notes have been late all month",
					"A doctor who was rude to a patient's family");
			case DRAFT -> List.of("Go back");
			case IMPROVE -> List.of("Defensive", "Upset", "Silent", "Deflecting", "Use the suggestion");
			case ROLE_PLAY -> List.of("Debrief");
			case DEBRIEF -> List.of("Plan", "Rehearse again", "Export");
			default -> List.of("Export", "Rehearse again");
		};
	}

	private static List<String> colleagueLines(FlowState state) {
		return state.transcript()
			.stream()
			.filter((line) -> line.startsWith("Colleague: "))
			.map((line) -> line.substring("Colleague: ".length()))
			.toList();
	}

	/** Every line the user tried: the drafts, then what they said in the role-play. */
	private static List<String> userLines(FlowState state) {
		List<String> lines = new ArrayList<>();
		for (String slot : List.of("draft", "improved")) {
			if (!state.slot(slot).isEmpty()) {
				lines.add(state.slot(slot));
			}
		}
		state.transcript()
			.stream()
			.filter((line) -> line.startsWith("You: "))
			.map((line) -> line.substring("You: ".length()))
			.forEach(lines::add);
		return lines;
	}

	private static String transcript(FlowState state) {
		return state.transcript().isEmpty() ? "(no role-play yet)"
				: String.join("\n", state.transcript().stream().map((line) -> "- " + line).toList());
	}

	private static String signals(CandourAssessment assessment) {
		return assessment.cues().isEmpty() ? "none"
				: String.join(", ", assessment.cues().stream().map((cue) -> cue.name().toLowerCase(Locale.ROOT)).sorted().toList());
	}

	private static String bullets(List<String> items) {
		return String.join("\n", items.stream().map((item) -> "- " + item).toList());
	}

	private static String score(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

	private static String cell(String text) {
		return text.replace("|", "/").replace("\n", " ");
	}

	private record Assessed(String text, CandourAssessment assessment) {
	}

	/** The quadrant of each line the user tried, in order, kept in the flow state as text. */
	private record Trend(List<String> entries) {

		static Trend of(String encoded) {
			return new Trend(encoded.isBlank() ? List.of() : List.of(encoded.split(";")));
		}

		Trend with(String label, String quadrant) {
			List<String> all = new ArrayList<>(this.entries);
			all.add(label + "=" + quadrant);
			return new Trend(all);
		}

		String encode() {
			return String.join(";", this.entries);
		}

		String describe() {
			if (this.entries.isEmpty()) {
				return "no lines assessed yet";
			}
			return String.join(" → ", this.entries.stream().map((entry) -> {
				String[] parts = entry.split("=", 2);
				return parts[0] + ": " + parts[1].replace('_', ' ');
			}).toList());
		}

	}

}
