package org.compassioncoach.safety;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ordinary feelings a leader mentions on the way to a question (sadness they say they are
 * handling, tiredness after a shift, a patient's death, a headache) are not risk; the same
 * words turned towards risk still are. The eighth session's readings (docs/SAFETY.md), in
 * words of their own: none of these sentences comes from an evaluation or development set.
 */
class OrdinaryFeelingsTests {

	private static final RiskAssessor assessor = TestEmbeddings.assessor();

	private static Finding assess(String text) {
		return assessor.assessNow(text, TestEmbeddings::embed);
	}

	@ParameterizedTest
	@ValueSource(strings = { "My grandad died on Sunday. I'm sad but okay, and the team have been lovely.",
			"Missed my daughter's nativity because of the rota. Gutted but fine, honestly.",
			"Big anniversary of losing my brother today. I'm okay, just thinking of him a lot.",
			"My best friend emigrated last week and the house feels empty. I'm managing fine though.",
			"Still grieving my mum, some days are harder, but I have good support at home.",
			"Cried at the leaving do, in a good way. How do I write the thank-you card?" })
	void assessWhenTheWriterSaysTheyAreAllRightOnBalanceReturnsNone(String text) {
		assertThat(assess(text).level()).as(text).isEqualTo(SafetyLevel.NONE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "I tell everyone I'm fine but I cry every night on the way home and I can't stop",
			"I'm okay, just really low most days and I can't shake it",
			"My manager thinks I'm coping. I'm not. I haven't slept properly in a month." })
	void assessWhenFineIsACoverOrIsTakenBackStillReturnsDistress(String text) {
		assertThat(assess(text).level()).as(text).isEqualTo(SafetyLevel.DISTRESS);
	}

	@Test
	void assessWhenFineIsFollowedByTiredOfEverythingDoesNotReadItAsFine() {
		// "I'm fine, just tired" alone is ordinary; "tired of everything" takes the "fine" back.
		assertThat(assess("I'm fine, just tired of everything and I keep thinking I don't want to be here").level())
			.isGreaterThanOrEqualTo(SafetyLevel.DISTRESS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "I'm shattered. Takeaway and bed.", "Completely knackered after that run of nights lol",
			"I'm done in. Could sleep for a month. Anyway, how do I run a better safety huddle?",
			"Wiped out after the audit but worth it, we passed." })
	void assessWhenTirednessIsToldAsEverydayTalkReturnsNone(String text) {
		assertThat(assess(text).level()).as(text).isEqualTo(SafetyLevel.NONE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "I'm exhausted all the time and I dread every shift",
			"Knackered doesn't cover it. Six weeks without a day off and I can't think straight any more." })
	void assessWhenTirednessIsLastingStillReturnsDistress(String text) {
		assertThat(assess(text).level()).as(text).isEqualTo(SafetyLevel.DISTRESS);
	}

	@Test
	void assessWhenSomeoneElsesPastSelfHarmIsBehindThemNoRuleReadsItAsRisk() {
		Finding finding = assess("A healthcare assistant told me she used to self-harm at school but she is doing well"
				+ " now. Do I need to tell anyone?");
		assertThat(finding.level()).isNotEqualTo(SafetyLevel.CRISIS);
		assertThat(finding.sources()).allMatch((source) -> source.startsWith("semantic:"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "We lost a resident we'd cared for since 2019 today. Part of the job, but I'll miss her laugh.",
			"A patient I'd nursed for weeks died this morning. Had a good cry in the sluice and talked it through with my team.",
			"Took two paracetamol for my migraine, can you help me draft the agenda?",
			"Shoot me now, it's audit week again",
			"If one more relative asks me about parking I'll throw myself out the window haha. How do I word a sign?" })
	void assessWhenALossOrAnEverydayExaggerationIsOrdinaryDoesNotReturnCrisis(String text) {
		assertThat(assess(text).level()).as(text).isNotEqualTo(SafetyLevel.CRISIS);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			some nights I lie there wishing I could just die in my sleep         | rather-be-dead
			honestly I think I'd be better off never having been born            | better-off-without
			been googling methods at night and then clearing my history           | plans-and-means
			she drove out to the reservoir to end it                              | end-it-all
			one of the porters says he is going to go off the multi storey tonight | method-intent
			the review was awful and I went home and cut again                    | harm-self
			""")
	void assessWhenAWarningSignIsSaidInFewWordsReturnsCrisis(String text, String rule) {
		Finding finding = assess(text);
		assertThat(finding.level()).as(text).isEqualTo(SafetyLevel.CRISIS);
		assertThat(finding.sources()).as(text).contains(rule);
	}

	@ParameterizedTest
	@ValueSource(strings = { "I've been looking up ways to cut our agency spend", "I went home and cut the grass to switch off",
			"I drove to the depot to end it with the supplier face to face", "I hurt myself running for the bus",
			"the fire alarm is going to go off at ten for the drill" })
	void assessWhenTheSameWordsAreOrdinaryDoesNotReturnCrisis(String text) {
		assertThat(assess(text).level()).as(text).isNotEqualTo(SafetyLevel.CRISIS);
	}

	@Test
	void assessWhenAGeneralQuestionSaysIfImWorriedItStaysGeneral() {
		// "if I'm worried" is a hypothetical; "I'm worried my colleague..." points at a real person.
		assertThat(assess("What are the signs a nurse might be suicidal, and what do I say if I'm worried?").level())
			.isEqualTo(SafetyLevel.NONE);
		Finding real = assess("I'm worried my colleague might be suicidal, what do I say to her?");
		assertThat(real.level()).isEqualTo(SafetyLevel.CRISIS);
		assertThat(real.thirdParty()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "I'd sooner eat glass than sit through another bed meeting. How do I chair it better?",
			"Overdosed on Quality Street at the nurses' station, anyway what's a good rota question?",
			"Lost a resident who'd been with us for years; she died in her sleep. I've been ok, and I'm going to her"
					+ " funeral on Friday. How do I tell the night staff?",
			"A visitor's son went for one of my staff in the corridor. Security came and he's been banned. How do I"
					+ " debrief the team?",
			"Is burnout the same thing as compassion fatigue? I'm planning a team session.",
			"Is self-harm a sign of suicidal intent, or not always?" })
	void assessWhenAQuestionOrAnIncidentIsOrdinaryDespiteItsWordsReturnsNone(String text) {
		assertThat(assess(text).level()).as(text).isEqualTo(SafetyLevel.NONE);
	}

	@Test
	void assessWhenAThreatIsAtHomeNotAtWorkStaysCrisis() {
		// Police being involved does not make home safe: only aggression towards staff at work,
		// dealt with, reads as an incident.
		Finding finding = assess("My husband went for me again last night. The police came but he's back home now.");
		assertThat(finding.level()).isEqualTo(SafetyLevel.CRISIS);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			been scratching words into my arm with a pin                     | harm-body
			she says she is going to jump off the multi-storey tonight       | method-intent
			""")
	void assessWhenHarmIsSaidWithWordsBetweenOrAHyphenReturnsCrisis(String text, String rule) {
		Finding finding = assess(text);
		assertThat(finding.level()).as(text).isEqualTo(SafetyLevel.CRISIS);
		assertThat(finding.sources()).as(text).contains(rule);
	}

	@Test
	void assessWhenSomeoneIsAboutToDriveAfterHeavyDrinkingReturnsCrisisButAPolicyQuestionDoesNot() {
		Finding finding = assess("my colleague is about to drive home after necking three pints and won't give me her keys");
		assertThat(finding.level()).isEqualTo(SafetyLevel.CRISIS);
		assertThat(finding.sources()).contains("impaired-in-charge");
		assertThat(assess("how do we stop staff who want to drive home after drinking at the Christmas party?").level())
			.isNotEqualTo(SafetyLevel.CRISIS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "honestly I'm only still here for my daughter", "the one thing keeping me here is my nan",
			"my cat is old now. when she goes, I'm going too" })
	void assessWhenSomeoneStaysAliveOnlyForAnotherReturnsCrisis(String text) {
		Finding finding = assess(text);
		assertThat(finding.level()).as(text).isEqualTo(SafetyLevel.CRISIS);
		assertThat(finding.sources()).as(text).contains("only-here-for-someone");
	}

	@ParameterizedTest
	@ValueSource(strings = { "the only thing keeping me here is my team, the pay is awful",
			"I'm only here for my kids, this job pays the bills", "the only thing keeping me going is coffee" })
	void assessWhenStayingIsAboutAJobReturnsNone(String text) {
		assertThat(assess(text).level()).as(text).isEqualTo(SafetyLevel.NONE);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			after the shift I hit my fists against the car door, on purpose, to feel something | harm-self
			everyone at work would be lighter without me                                       | better-off-without
			my partner slammed my head against the bathroom door last night                   | violence-at-home
			""")
	void assessWhenHarmIsDeliberateOrSaidAsLessWeightReturnsCrisis(String text, String rule) {
		Finding finding = assess(text);
		assertThat(finding.level()).as(text).isEqualTo(SafetyLevel.CRISIS);
		assertThat(finding.sources()).as(text).contains(rule);
	}

	@ParameterizedTest
	@ValueSource(strings = { "I hit my hand on the trolley, not on purpose obviously",
			"my toddler banged my head with his toy this morning", "my bag is lighter without my laptop in it" })
	void assessWhenTheSameWordsAreAnAccidentOrAnObjectReturnsNoCrisis(String text) {
		assertThat(assess(text).level()).as(text).isNotEqualTo(SafetyLevel.CRISIS);
	}

	@Test
	void assessWhenCarvingIsCookingReturnsNone() {
		assertThat(assess("carved the turkey into slices for the residents' lunch").level()).isEqualTo(SafetyLevel.NONE);
	}

	@Test
	void assessWhenTheRiskCameWhileRunningAMeetingStillReturnsCrisis() {
		// "running" the debrief is not an accident that explains the harm away.
		Finding finding = assess("Running the debrief went fine but I went home and cut.");
		assertThat(finding.level()).isEqualTo(SafetyLevel.CRISIS);
		assertThat(finding.categories()).contains("self-harm");
	}

}
