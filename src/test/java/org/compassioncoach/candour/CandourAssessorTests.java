package org.compassioncoach.candour;

import java.util.List;

import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CandourAssessorTests {

	private final CandourAssessor assessor = CandourFixtures.assessor();

	@Test
	void assessWhenCandidAndCaringReturnsRadicalCandour() {
		CandourAssessment assessment = this.assessor.assessNow("I need to raise something with you directly: the "
				+ "clinic letters from Tuesday still aren't written up, and three patients are waiting on their GP "
				+ "because of it. I know clinics have been heavy. What's getting in the way, and how can I help?");

		assertThat(assessment.quadrant()).isEqualTo(Quadrant.RADICAL_CANDOUR);
		assertThat(assessment.care()).isGreaterThanOrEqualTo(0.5);
		assertThat(assessment.challenge()).isGreaterThanOrEqualTo(0.5);
		assertThat(assessment.finding(Tip.BOTTOM_LINE)).hasValueSatisfying((finding) -> assertThat(finding.passed()).isTrue());
		assertThat(assessment.finding(Tip.CURIOSITY)).hasValueSatisfying((finding) -> assertThat(finding.passed()).isTrue());
	}

	@Test
	void assessWhenHedgedQuotesTheHedgesAndReturnsRuinousEmpathy() {
		CandourAssessment assessment = this.assessor.assessNow("I'm so sorry to bring this up, it's probably nothing, "
				+ "but maybe the care plans could just be a bit more up to date? Honestly, don't worry about it.");

		assertThat(assessment.quadrant()).isEqualTo(Quadrant.RUINOUS_EMPATHY);
		assertThat(assessment.has(Cue.HEDGE)).isTrue();
		assertThat(observation(assessment, "Hedged")).contains("\u201Cmaybe\u201D", "\u201Ca bit\u201D", "\u201Cjust\u201D",
				"it's probably nothing", "don't worry");
		assertThat(assessment.finding(Tip.CLEAR_NOT_SOFTENED)).hasValueSatisfying((finding) -> assertThat(finding.passed()).isFalse());
	}

	@Test
	void assessWhenInsultingQuotesTheInsultAndReturnsObnoxiousAggression() {
		CandourAssessment assessment = this.assessor
			.assessNow("You're the laziest nurse on this ward and everyone knows it. Sort your notes out.");

		assertThat(assessment.quadrant()).isEqualTo(Quadrant.OBNOXIOUS_AGGRESSION);
		assertThat(assessment.care()).isLessThan(0.5);
		assertThat(observation(assessment, "About the person")).contains("You're the laziest nurse on this ward");
		assertThat(observation(assessment, "Insults")).contains("\u201Claziest\u201D");
	}

	@Test
	void assessWhenAbsoluteWordsQuotesThem() {
		CandourAssessment assessment = this.assessor
			.assessNow("You always hand over late and you never listen to the day team.");

		assertThat(assessment.has(Cue.ABSOLUTE)).isTrue();
		assertThat(observation(assessment, "Absolute words")).contains("\u201Calways\u201D", "\u201Cnever\u201D");
	}

	@Test
	void assessWhenSpeakerSaysNeverOfThemselvesFindsNoAbsolute() {
		CandourAssessment assessment = this.assessor
			.assessNow("I know you'd never want a resident left at risk, so let's look at what held the referral up.");

		assertThat(assessment.has(Cue.ABSOLUTE)).isFalse();
	}

	@Test
	void assessWhenReportingAnInsultDoesNotCountItAsOne() {
		CandourAssessment assessment = this.assessor.assessNow(
				"I heard you call the porter 'useless' on the phone this morning. I'd like you to apologise to him.");

		assertThat(assessment.has(Cue.INSULT)).isFalse();
	}

	@Test
	void assessWhenPassiveAggressiveReturnsManipulativeInsincerity() {
		CandourAssessment assessment = this.assessor.assessNow(
				"No offence, but some people have noticed your notes. I'm sure you're very busy. I'll let the matron know.");

		assertThat(assessment.quadrant()).isEqualTo(Quadrant.MANIPULATIVE_INSINCERITY);
		assertThat(observation(assessment, "Indirect or insincere")).contains("No offence", "some people",
				"I'll let the matron know");
	}

	@Test
	void assessWhenKindButLettingItSlideReturnsRuinousEmpathy() {
		CandourAssessment assessment = this.assessor.assessNow("Thank you for everything you do on the unit. The "
				+ "catheter care records can catch up when you're ready, nobody's going to mind. Look after yourself.");

		assertThat(assessment.quadrant()).isEqualTo(Quadrant.RUINOUS_EMPATHY);
		assertThat(assessment.care()).isGreaterThanOrEqualTo(0.5);
	}

	@Test
	void assessWhenSoftenersSitNextToADigTheyShowNoCare() {
		String softened = "Don't worry about the fluid charts, honestly, it's fine.";
		CandourAssessment sincere = this.assessor.assessNow(softened);
		CandourAssessment insincere = this.assessor.assessNow(softened + " I'll just let the matron know.");

		assertThat(insincere.quadrant()).isEqualTo(Quadrant.MANIPULATIVE_INSINCERITY);
		assertThat(insincere.care()).isLessThan(sincere.care());
	}

	@Test
	void assessWhenAlwaysIsPraiseFindsNoAbsolute() {
		CandourAssessment assessment = this.assessor
			.assessNow("You're always so careful with the residents, so the missed turns on Tuesday surprised me.");

		assertThat(assessment.has(Cue.ABSOLUTE)).isFalse();
	}

	@Test
	void assessWhenSpecificNamesTheDetailAndImpact() {
		CandourAssessment assessment = this.assessor.assessNow("On Monday and Wednesday the insulin was signed for but "
				+ "the blood sugar wasn't recorded, which meant a hypo could have been missed.");

		assertThat(observation(assessment, "Specific")).contains("\u201COn Monday\u201D", "which meant");
	}

	@Test
	void assessWhenNoQuestionOrSupportSaysSoAndQuotesTheLastSentence() {
		CandourAssessment assessment = this.assessor.assessNow("Your handovers have been late three times this week.");

		assertThat(observation(assessment, "Their view")).contains("Your handovers have been late three times this week");
		assertThat(observation(assessment, "Support")).startsWith("Support: nothing yet");
		assertThat(observation(assessment, "Next step")).startsWith("Next step: none agreed yet");
	}

	@Test
	void assessSuggestsARewriteThatKeepsTheirTopicAndFollowsTheTemplate() {
		CandourAssessment assessment = this.assessor.assessNow(
				"Sorry, it's only a tiny thing, but maybe the fluid charts could be a bit fuller? No pressure!");

		assertThat(assessment.suggestion()).contains("fluid charts")
			.contains("directly")
			.contains("?")
			.contains("support")
			.contains("next step")
			.doesNotContain("maybe", "No pressure", "Sorry");
		assertThat(assessment.topic()).isEqualTo("the fluid charts");
	}

	@Test
	void assessSuggestionReusesTheirOwnCleanClauses() {
		CandourAssessment assessment = this.assessor.assessNow("Your handovers are always late. I know nights "
				+ "have been heavy. Can we sit down on Friday and look at the handover sheet together?");

		assertThat(assessment.suggestion()).startsWith("I need to raise something with you directly. Your handovers are late.")
			.contains("I know nights have been heavy.")
			.contains("Can we sit down on Friday and look at the handover sheet together?");
	}

	@Test
	void topicOfNamesTheIssue() {
		assertThat(this.assessor.topicOf("Your handovers are always late.")).isEqualTo("the late handovers");
		assertThat(this.assessor.topicOf("The discharge summaries were not done again.")).isEqualTo("the discharge summaries");
		assertThat(this.assessor.topicOf("Please try harder.")).isEqualTo("this");
	}

	@Test
	void assessQuadrantAlwaysFollowsFromCareAndChallenge() {
		for (ExemplarBank.Exemplar exemplar : ExemplarBank.load()) {
			CandourAssessment assessment = this.assessor.assessNow(exemplar.text());
			assertThat(assessment.quadrant()).isEqualTo(Quadrant.of(assessment.care(), assessment.challenge()));
			assertThat(assessment.observations()).isNotEmpty();
			assertThat(assessment.similarity().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0,
					org.assertj.core.data.Offset.offset(1e-6));
		}
	}

	@Test
	void assessEmbedsOffTheCallingThread() {
		Thread caller = Thread.currentThread();
		StepVerifier.create(this.assessor.assess("Some feedback on the audit: three charts had gaps last week. What happened?")
			.map((assessment) -> Thread.currentThread()))
			.assertNext((thread) -> assertThat(thread).isNotSameAs(caller))
			.verifyComplete();
	}

	@Test
	void assessWhenBlankIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.assessor.assessNow("   "));
		StepVerifier.create(this.assessor.assess("")).expectError(IllegalArgumentException.class).verify();
	}

	private static String observation(CandourAssessment assessment, String prefix) {
		List<String> matching = assessment.observations().stream().filter((text) -> text.startsWith(prefix)).toList();
		assertThat(matching).as("observation starting '%s' in %s", prefix, assessment.observations()).hasSize(1);
		return matching.get(0);
	}

}
