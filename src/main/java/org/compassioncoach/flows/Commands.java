package org.compassioncoach.flows;

import java.util.regex.Pattern;

/** Recognises what a user types to steer a flow, rather than to answer its question. */
final class Commands {

	private static final Pattern START = Pattern.compile("(?i)^\\s*(start|begin|open|try)\\b\\s*:?.*");

	private static final Pattern FINISH = Pattern.compile(
			"(?i)^\\s*(finish|done|i'?m done|that'?s (it|all|enough)|end( (it|the role[- ]?play|rehearsal))?|"
					+ "stop( the role[- ]?play)?|debrief( me)?|wrap up|move on|next( step)?|skip)\\W*$");

	private static final Pattern CONTINUE = Pattern.compile(
			"(?i)^\\s*(continue|carry on|resume|go on|keep going|back to (it|my preparation|the flow)|"
					+ "carry on with (my|the) preparation|let'?s continue|ok(ay)?,? (let'?s )?(continue|carry on))\\W*$");

	private Commands() {
	}

	/** A message that only asks to start something ("Start: Radical candour rehearsal"). */
	static boolean isStart(String message) {
		return START.matcher(message).matches() && message.split("\\s+").length <= 6;
	}

	static boolean isFinish(String message) {
		return FINISH.matcher(message).matches();
	}

	static boolean isContinue(String message) {
		return CONTINUE.matcher(message).matches();
	}

	/** Enough words to be an answer in its own right, not a command. */
	static boolean isSubstantive(String message) {
		return !message.isBlank() && !isStart(message) && message.strip().split("\\s+").length >= 8;
	}

}
