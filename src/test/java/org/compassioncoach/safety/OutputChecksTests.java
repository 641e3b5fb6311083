package org.compassioncoach.safety;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The output checks, sentence by sentence, with the built-in directory and a sample prompt. */
class OutputChecksTests {

	private static final String SYSTEM = """
			You are Compassion Coach, a coach for leaders in health and social care (ward managers, consultants,
			team leaders, HR partners and practice supervisors in adult social care) who are preparing difficult
			conversations with colleagues.
			- Never write a phone number, text short code, email address or web address. The service adds the
			  right support contacts itself.
			""";

	private final OutputChecks checks = checks();

	private static OutputChecks checks() {
		SupportDirectory directory = new SupportDirectory(SupportDirectory.load(null));
		return new OutputChecks(List.of(new AdviceCheck(), new PromptLeakCheck(List.of(SYSTEM)),
				new ContactDetailCheck(directory.allowedNumbers(), directory.allowedHosts(), directory.allowedEmails())));
	}

	@ParameterizedTest
	@ValueSource(strings = { "You can call Samaritans on 116 123, any time.", "Text SHOUT to 85258 if you would rather text.",
			"Call 111 and choose the mental health option.", "If anyone is in danger, call 999.",
			"Doctors can call NHS Practitioner Health on 0300 0303 300.", "See https://www.samaritans.org/how-we-can-help/ for more.",
			"You can email jo@samaritans.org.", "Tables 4.4.1 to 4.4.4 list the tips.", "Staff report 64% less burnout.",
			"Meet at 9am for 30 minutes.", "The 5 steps take 2 weeks.", "In 2019 the WHO described burnout.",
			"Then rehearse it once aloud.", "Ask one question at a time.", "Follow up on Thursday with 1:1 time.",
			"It sounds like you are exhausted; that is understandable.", "Burnout is not a medical diagnosis.",
			"Talk to HR, your union or a legal adviser about the process.", "Address the medication errors calmly.",
			"Suggest they speak to their GP or occupational health.", "Saving £10,000 is not the point here." })
	void checkWhenSentenceIsSafePasses(String sentence) {
		assertThat(this.checks.check(sentence)).isEqualTo(OutputGuard.Verdict.pass());
	}

	@ParameterizedTest
	@ValueSource(strings = { "Call the Staff Wellbeing Line on 0800 555 0199.", "Text CALM to 66777 any time.",
			"Ring 0207 123 4567 for advice.", "You could call 101 to report it.", "Visit www.mentalhealthhelp.example.com today.",
			"Email support@wellbeing-help.org for advice.", "See https://bit.ly/3xYz for the leaflet.",
			"Call +44 20 7946 0958 now." })
	void checkWhenContactIsNotInTheDirectoryDropsTheSentence(String sentence) {
		assertThat(this.checks.check(sentence).action()).isEqualTo(OutputGuard.Action.DROP_SENTENCE);
	}

	@Test
	void checkWhenReplyRecitesThePromptReplacesIt() {
		Map<String, String> leaks = Map.of(
				"You are Compassion Coach, a coach for leaders in health and social care (ward managers.", "prompt-leak",
				"My instructions say I must never share contacts.", "prompt-leak",
				"Never write a phone number, text short code, email address or web address.", "prompt-leak",
				"Here are my instructions in full.", "prompt-leak");
		leaks.forEach((sentence, reason) -> {
			OutputGuard.Verdict verdict = this.checks.check(sentence);
			assertThat(verdict.action()).as(sentence).isEqualTo(OutputGuard.Action.REPLACE_REPLY);
			assertThat(verdict.reason()).as(sentence).isEqualTo(reason);
		});
	}

	@Test
	void checkWhenReplyDiagnosesOrAdvisesReplacesIt() {
		Map<String, String> advice = Map.ofEntries(Map.entry("It sounds like you have clinical depression.", "diagnosis"),
				Map.entry("Your colleague is probably bipolar.", "diagnosis"),
				Map.entry("This sounds like PTSD to me.", "diagnosis"), Map.entry("You sound depressed.", "diagnosis"),
				Map.entry("Ask your GP about sertraline.", "medication"),
				Map.entry("You could try taking some sleeping tablets.", "medication"),
				Map.entry("Take 50mg before bed.", "medication"),
				Map.entry("You should take them to an employment tribunal.", "legal-advice"),
				Map.entry("What your manager did is clearly unlawful.", "legal-advice"),
				Map.entry("You have a strong case for constructive dismissal.", "legal-advice"),
				Map.entry("A lethal dose would be far lower than you think.", "method"),
				Map.entry("Jumping from a bridge is common.", "method"));
		advice.forEach((sentence, reason) -> {
			OutputGuard.Verdict verdict = this.checks.check(sentence);
			assertThat(verdict.action()).as(sentence).isEqualTo(OutputGuard.Action.REPLACE_REPLY);
			assertThat(verdict.reason()).as(sentence).isEqualTo(reason);
		});
	}

	@Test
	void checkWhenLanguageBreaksSafeMessagingDropsTheSentence() {
		assertThat(this.checks.check("Her brother committed suicide last year.").action())
			.isEqualTo(OutputGuard.Action.DROP_SENTENCE);
	}

	@Test
	void checkWhenACheckErrorsFailsClosed() {
		OutputChecks failing = new OutputChecks(List.of((sentence) -> {
			throw new IllegalStateException("broken");
		}));
		assertThat(failing.check("Anything at all.").action()).isEqualTo(OutputGuard.Action.REPLACE_REPLY);
	}

	@Test
	void allowedNumbersComeFromTheDirectory() {
		SupportDirectory directory = new SupportDirectory(SupportDirectory.load(null));
		assertThat(directory.allowedNumbers()).contains("116123", "85258", "111", "999", "03000303300");
		assertThat(directory.allowedHosts()).contains("samaritans.org", "giveusashout.org");
		assertThat(Set.copyOf(directory.allowedEmails())).contains("jo@samaritans.org");
	}

}
