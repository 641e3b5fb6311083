package org.compassioncoach.safety;

/** One small named output check; {@link OutputChecks} runs them in a fixed order. */
interface SentenceCheck {

	/** Checks one sentence of model output (or a whole reply). */
	OutputGuard.Verdict check(String sentence);

}
