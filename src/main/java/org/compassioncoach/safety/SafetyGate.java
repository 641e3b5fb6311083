package org.compassioncoach.safety;

import reactor.core.publisher.Mono;

/** The first stage of every turn on every channel: assess the user's text before anything else. */
public interface SafetyGate {

	/**
	 * Assesses a message in the light of the conversation so far.
	 * @param text the user's message
	 * @param previous the safety state after the previous turn
	 * @param inRolePlay whether the user is rehearsing a conversation (a disclosure is still
	 * the user's own)
	 * @return the outcome; never empty, never an error (a failing check fails closed)
	 */
	Mono<SafetyOutcome> assess(String text, SafetyState previous, boolean inRolePlay);

	/**
	 * The message as the assessment reads and embeds it: lower case, contractions spelled out,
	 * simple typos of risk words fixed. Searching the cards with it reuses that embedding.
	 * @param text the user's message
	 * @return the normalised text
	 */
	String readAs(String text);

}
