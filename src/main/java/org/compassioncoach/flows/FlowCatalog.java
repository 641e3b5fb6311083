package org.compassioncoach.flows;

import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The five flows and their steps. */
@Configuration(proxyBeanMethods = false)
class FlowCatalog {

	private static FlowDefinition.Step step(String id, String title, String collects, String... cards) {
		return new FlowDefinition.Step(id, title, collects, List.of(cards));
	}

	@Bean
	CoachingFlow radicalCandourFlow() {
		return new GuidedFlow(new FlowDefinition(FlowIds.RADICAL_CANDOUR, "Radical candour rehearsal",
				"Draft what you will say, see it on the care × challenge grid, rehearse it with the other person, and get a debrief.",
				List.of(step("situation", "The situation", "situation", "radical-candour-grid"),
						step("draft", "Your opening", "draft", "radical-candour-practice-tips"),
						step("assessment", "Assessment on the grid", "", "radical-candour-grid"),
						step("improve", "Improved draft", "improved", "caring-candour-tips"),
						step("role-play", "Role-play", "", "radical-candour-practice-tips"),
						step("debrief", "Debrief", "", "radical-candour-practice-tips"))),
				Map.of("situation", "What is the situation, and who is the conversation with?"));
	}

	@Bean
	CoachingFlow pauseFlow() {
		return new GuidedFlow(new FlowDefinition(FlowIds.PAUSE, "The power of the pause",
				"Notice what sets you off, stop and breathe, and choose a wise and compassionate response.",
				List.of(step("hot-buttons", "Your hot buttons", "hot_buttons", "power-of-the-pause"),
						step("stop-and-breathe", "Stop and breathe", "", "power-of-the-pause"),
						step("choose-response", "Choose your response", "response", "caring-presence-tips"),
						step("rehearse", "Rehearse the moment", "rehearsal", "power-of-the-pause"))),
				Map.of("hot-buttons", "What kind of moment makes you react before you think?"));
	}

	@Bean
	CoachingFlow empathyTrapFlow() {
		return new GuidedFlow(new FlowDefinition(FlowIds.EMPATHY_TRAP, "Empathy-trap strategies",
				"Spot when empathy is overwhelming you and turn it into compassionate action.",
				List.of(step("signs", "Notice the signs", "story", "empathy-trap-signs"),
						step("strategies", "The five strategies", "", "empathy-trap-strategies"),
						step("next-step", "Your next step", "next_step", "self-care-for-leaders"))),
				Map.of("signs", "Tell me about the situation where you feel stuck in someone else's feelings."));
	}

	@Bean
	CoachingFlow scriptFlow() {
		return new GuidedFlow(new FlowDefinition(FlowIds.SCRIPT, "Compassionate conversation script",
				"Build a script for a hard conversation: bottom line first, listen, agree actions and support.",
				List.of(step("situation-type", "The kind of conversation", "situation_type"),
						step("details", "The details", "details", "contributory-factors-situation-not-personality"),
						step("script", "Your script", "", "investigation-mental-health-support"))),
				Map.of("situation-type", "Which kind of conversation is it?"));
	}

	@Bean
	CoachingFlow supervisionFlow() {
		return new GuidedFlow(new FlowDefinition(FlowIds.SUPERVISION, "Supervision preparation",
				"Prepare a compassionate supervision session: an agenda, questions to ask, and your own self-care.",
				List.of(step("supervisee", "The supervisee's situation", "supervisee", "supervision-curiosity-checklist"),
						step("agenda", "The agenda", "", "supervision-reflective-questions"),
						step("self-care", "Your own self-care", "", "self-care-for-leaders"))),
				Map.of("supervisee", "Tell me about the person you are supervising and what is going on for them."));
	}

}
