package org.compassioncoach.chat;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;

import org.compassioncoach.safety.OutputGuard;

/**
 * The output check applied sentence by sentence to a model's reply: passing sentences go
 * out, a failing sentence is dropped, and a reply that must not be shown at all raises
 * {@link ReplacedReplyException} so the offline reply takes its place.
 */
final class CheckedText {

	private final SentenceSplitter splitter = new SentenceSplitter();

	private final OutputGuard guard;

	private final MeterRegistry meters;

	CheckedText(OutputGuard guard, MeterRegistry meters) {
		this.guard = guard;
		this.meters = meters;
	}

	List<String> accept(String fragment) {
		return this.splitter.accept(fragment).stream().filter(this::allowed).toList();
	}

	List<String> finish() {
		String rest = this.splitter.finish();
		return (!rest.isEmpty() && allowed(rest)) ? List.of(rest) : List.of();
	}

	private boolean allowed(String sentence) {
		OutputGuard.Verdict verdict = this.guard.check(sentence);
		if (verdict.action() == OutputGuard.Action.PASS) {
			return true;
		}
		this.meters.counter("coach.output.blocked", "reason", verdict.reason(), "action", verdict.action().name())
			.increment();
		if (verdict.action() == OutputGuard.Action.REPLACE_REPLY) {
			throw new ReplacedReplyException(verdict.reason());
		}
		return false;
	}

	/** The model's reply failed a check that no single sentence's removal can fix. */
	static final class ReplacedReplyException extends IllegalStateException {

		ReplacedReplyException(String reason) {
			super("Output check replaced the reply: " + reason);
		}

	}

}
