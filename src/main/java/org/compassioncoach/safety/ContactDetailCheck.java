package org.compassioncoach.safety;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone numbers, text short codes, web addresses and emails in model output must come from
 * the support directory (or a knowledge card); anything else is invented and its sentence is
 * removed.
 */
final class ContactDetailCheck implements SentenceCheck {

	private static final Pattern DIGITS = Pattern.compile("\\+?\\(?\\d[\\d\\s\\-().]*\\d|\\d");

	private static final Pattern CUE = Pattern.compile("(?i)\\b(?:call|calling|ring|phone|dial|text|texting|txt|sms|"
			+ "number|helpline|hotline|line|tel|telephone|freephone|whatsapp|contact|on)\\W+(?:\\w+\\W+){0,3}$");

	private static final Pattern NOT_A_PHONE_AFTER = Pattern.compile("(?i)^\\s*(?:%|percent|per cent|am\\b|pm\\b|years?|"
			+ "months?|weeks?|days?|hours?|minutes?|mins?|seconds?|times|people|staff|patients|words|steps|mg|ml|x\\b|"
			+ "st\\b|nd\\b|rd\\b|th\\b|k\\b)");

	private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s)\\]>\"']+|\\b(?:[a-z0-9-]+\\.)+"
			+ "(?:org|com|net|uk|gov|nhs|io|co|info|ac|app|me|ly)(?:\\.[a-z]{2})?(?:/[^\\s)\\]>\"']*)?(?![\\w.])");

	private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

	private final Set<String> numbers;

	private final Set<String> hosts;

	private final Set<String> emails;

	ContactDetailCheck(Set<String> numbers, Set<String> hosts, Set<String> emails) {
		this.numbers = Set.copyOf(numbers);
		this.hosts = Set.copyOf(hosts);
		this.emails = Set.copyOf(emails);
	}

	@Override
	public OutputGuard.Verdict check(String sentence) {
		Matcher email = EMAIL.matcher(sentence);
		while (email.find()) {
			if (!this.emails.contains(email.group().toLowerCase(Locale.ROOT))) {
				return drop("unknown-email");
			}
		}
		String withoutEmails = EMAIL.matcher(sentence).replaceAll(" ");
		Matcher url = URL.matcher(withoutEmails);
		while (url.find()) {
			if (!allowedHost(SupportDirectory.host(url.group()))) {
				return drop("unknown-url");
			}
		}
		Matcher digits = DIGITS.matcher(withoutEmails);
		while (digits.find()) {
			String raw = digits.group().strip();
			if (raw.matches("\\d+(?:\\.\\d+)+") || raw.matches("\\d+\\s*-\\s*\\d+") && raw.replaceAll("\\D", "").length() < 5) {
				continue;
			}
			int start = digits.start();
			if (start > 0 && "£$€#".indexOf(withoutEmails.charAt(start - 1)) >= 0) {
				continue;
			}
			if (NOT_A_PHONE_AFTER.matcher(withoutEmails.substring(digits.end())).find()) {
				continue;
			}
			String number = SupportDirectory.digits(raw);
			boolean cued = CUE.matcher(withoutEmails.substring(Math.max(0, start - 40), start)).find();
			boolean phoneLike = number.length() >= 5 || (number.length() >= 3 && cued);
			if (phoneLike && !this.numbers.contains(number)) {
				return drop(cued && number.length() <= 6 ? "unknown-short-code" : "unknown-phone");
			}
		}
		return OutputGuard.Verdict.pass();
	}

	private boolean allowedHost(String host) {
		return this.hosts.stream().anyMatch((allowed) -> host.equals(allowed) || host.endsWith("." + allowed));
	}

	private static OutputGuard.Verdict drop(String reason) {
		return new OutputGuard.Verdict(OutputGuard.Action.DROP_SENTENCE, reason);
	}

}
