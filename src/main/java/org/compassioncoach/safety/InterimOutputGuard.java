package org.compassioncoach.safety;

import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/** A minimal first output check (no links or phone numbers at all); the full guard replaces it. */
@Component
class InterimOutputGuard implements OutputGuard {

	private static final Pattern CONTACT = Pattern.compile("https?://|\\b\\d{3,}[ -]?\\d{3,}\\b");

	@Override
	public Verdict check(String text) {
		return CONTACT.matcher(text).find() ? new Verdict(Action.DROP_SENTENCE, "contact-detail") : Verdict.pass();
	}

}
