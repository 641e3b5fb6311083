package org.compassioncoach.safety;

/** Checks model output before the user sees it. */
public interface OutputGuard {

	/** Checks one sentence (streaming) or a whole reply. */
	Verdict check(String text);

	/** What to do with the checked text. */
	enum Action {

		/** Send it. */
		PASS,
		/** Remove this sentence and carry on. */
		DROP_SENTENCE,
		/** Discard the model's reply and answer with the offline reply. */
		REPLACE_REPLY

	}

	/**
	 * @param action what to do
	 * @param reason a short machine-readable reason for counting, e.g. {@code unknown-phone}
	 */
	record Verdict(Action action, String reason) {

		public static Verdict pass() {
			return new Verdict(Action.PASS, "");
		}

	}

}
