package org.compassioncoach.channels;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.web.server.ResponseStatusException;

/** What a channel user is told when the pipeline refuses or fails a turn: never their own words. */
public final class TurnFailures {

	private static final Log logger = LogFactory.getLog(TurnFailures.class);

	public static final String BUSY = "I'm still answering your previous message. Please send this one again in a "
			+ "moment.";

	public static final String FAILED = "Sorry, something went wrong and I couldn't answer that. Please try again "
			+ "in a moment. If you or someone else is in danger right now, contact your local emergency services.";

	private TurnFailures() {
	}

	/**
	 * Whether the pipeline is busy: it answers one message per conversation at a time (409) and
	 * bounds the calls in flight to the model (503).
	 */
	public static boolean busy(Throwable error) {
		return error instanceof ResponseStatusException status
				&& (status.getStatusCode().value() == 409 || status.getStatusCode().value() == 503);
	}

	/**
	 * @param channel the channel's name, for the log
	 * @param error why the turn has no answer
	 * @return plain text for the user
	 */
	public static String explain(String channel, Throwable error) {
		if (busy(error)) {
			return BUSY;
		}
		if (error instanceof ResponseStatusException status && status.getStatusCode().value() == 400
				&& status.getReason() != null) {
			return "I couldn't take that message: " + status.getReason() + ".";
		}
		logger.warn(channel + " turn failed: " + error.getClass().getSimpleName());
		return FAILED;
	}

}
