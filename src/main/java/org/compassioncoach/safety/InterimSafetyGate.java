package org.compassioncoach.safety;

import java.util.List;
import java.util.regex.Pattern;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/** A minimal first gate (a few direct phrases); the full assessor replaces it. */
@Component
class InterimSafetyGate implements SafetyGate {

	private static final Pattern CRISIS = Pattern.compile("\\b(kill myself|end my life|suicid\\w*|self[- ]harm)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final List<SupportService> SIGNPOSTS = List.of(
			new SupportService("samaritans", "Samaritans", "Call 116 123", "https://www.samaritans.org",
					"24 hours a day, every day; free", "Talk to someone now, about anything."),
			new SupportService("shout", "Shout", "Text SHOUT to 85258", "https://giveusashout.org", "24/7",
					"If you would rather text than talk."),
			new SupportService("emergency", "Emergency services", "Call 999 or go to A&E", "",
					"24/7", "If a life is in immediate danger."));

	@Override
	public Mono<SafetyOutcome> assess(String text, SafetyState previous, boolean inRolePlay) {
		if (CRISIS.matcher(text).find()) {
			SafetyReply reply = new SafetyReply("""
					**If you are in danger right now, call 999.** You can talk to Samaritans any time on 116 123, \
					or text SHOUT to 85258.

					I'm really glad you told me. Are you safe right now?""", List.of("I'm safe right now"), List.of());
			return Mono.just(new SafetyOutcome(new SafetyAssessment(SafetyLevel.CRISIS, List.of("suicidal-thoughts")),
					SIGNPOSTS, new SafetyState(SafetyLevel.CRISIS, List.of("suicidal-thoughts"), 1), reply));
		}
		return Mono.just(new SafetyOutcome(SafetyAssessment.none(), List.of(), previous, null));
	}

}
