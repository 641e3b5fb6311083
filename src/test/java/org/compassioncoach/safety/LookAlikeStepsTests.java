package org.compassioncoach.safety;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ordinary acts that look like warning signs (a will, a pension nomination, giving things
 * away, a last shift, an accident) are ordinary when the message gives the everyday reason or
 * says everyone is unhurt; the same acts with risk said beside them, or done on purpose, are
 * still a crisis; someone else's harm already in safe hands is not a new emergency. The ninth
 * and tenth sessions' readings (docs/SAFETY.md), in words of their own: none of these sentences
 * comes from an evaluation or development set.
 */
class LookAlikeStepsTests {

	private static final RiskAssessor assessor = TestEmbeddings.assessor();

	private static Finding assess(String text) {
		return assessor.assessNow(text, TestEmbeddings::embed);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Clearing out my locker and giving my books to the students, I start a new post in Leeds next month",
			"doing a will before my knee operation, what should go in it",
			"Updating my pension nomination now we have got married, who do I ask?",
			"last shift on Friday, then we are moving to Cornwall for good",
			"Selling my car and giving the bike to my nephew before I emigrate in the spring. Any tips for the exit interview?" })
	void assessWhenAnOrdinaryStepForwardIsTheReasonReturnsNoCrisis(String text) {
		assertThat(assess(text).level()).as(text).isNotEqualTo(SafetyLevel.CRISIS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Going part-time after the summer. How will that change my pension and what do I tell my manager?",
			"Handed in my notice today, off to a GP practice in the new year. How do I tell my patients?",
			"Retiring at Easter after thirty years, so I've been giving away my old textbooks to the students",
			"retiring midwife here, when do I get my lump sum?" })
	void assessWhenAStepForwardIsNamedElsewhereInTheMessageOrGivesTheFarewellReturnsNoCrisis(String text) {
		assertThat(assess(text).level()).as(text).isNotEqualTo(SafetyLevel.CRISIS);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			leaving the trust at the end of the month | true
			not leaving the job as such. just leaving. | false
			new post in march, so i have been giving away my uniforms | true
			new post in march, but i will not be around to start it | false
			""")
	void aStepForwardExplainsAFarewellButNotRiskOrItsOwnDenial(String normalised, boolean explained) {
		assertThat(Framing.forwardPlan(normalised)).as(normalised).isEqualTo(explained);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			what is the impact on my pension? | going part time from april. what is the impact on my pension? | true
			i have been looking over the edge of the car park. | i have an interview on friday. i have been looking over the edge of the car park. | false
			""")
	void onlyAQuestionIsExplainedByAStepNamedInAnotherSentence(String sentence, String message, boolean explained) {
		assertThat(Framing.questionAfterStepForward(sentence, message)).as(sentence).isEqualTo(explained);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Starting my new job on Monday but honestly I will not be around to see the end of the first week.",
			"I have written a will and sorted the pension forms. They will be better off without me.",
			"Moving house next week. Packed everything, said my goodbyes, and I don't plan on unpacking.",
			"Got the promotion. Doesn't matter. I keep thinking about ending my life." })
	void assessWhenRiskIsSaidBesideTheStepStillReturnsCrisis(String text) {
		assertThat(assess(text).level()).as(text).isEqualTo(SafetyLevel.CRISIS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "A lorry went into the back of my car on the motorway, nobody was hurt, just a bit shaken",
			"one of the residents had a fall in the lounge but she is fine, no injuries",
			"The pool car collided with a bollard in the car park. Both carers are okay, the car not so much." })
	void assessWhenAnAccidentLeftEveryoneUnhurtReturnsNoCrisis(String text) {
		assertThat(assess(text).level()).as(text).isNotEqualTo(SafetyLevel.CRISIS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "he crashed the car on purpose last night to try and end it, he says he is fine now",
			"I crashed my car into a tree deliberately, I am fine but I wanted it to be over" })
	void assessWhenTheCrashWasOnPurposeStillReturnsCrisis(String text) {
		assertThat(assess(text).level()).as(text).isEqualTo(SafetyLevel.CRISIS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "What's the right first response if a nurse in my team tells me about self harm?",
			"How do I welcome back a porter after a brother's suicide? He starts on Monday.",
			"Can you find a workshop for team leaders on suicide and how to ask about it?",
			"Help me with a farewell speech, I finish after thirty years on the district",
			"Getting my affairs in order ahead of my sabbatical: post, pension, registration. What have I missed?" })
	void assessWhenRiskWordsAreAboutWorkOrOthersInGeneralReturnsNoCrisis(String text) {
		assertThat(assess(text).level()).as(text).isNotEqualTo(SafetyLevel.CRISIS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "A student nurse told me about her self harm this morning and the cuts look fresh",
			"Since my suicide attempt in the summer I dread every shift",
			"I've sent a goodbye message to my team and I won't be around after tonight",
			"she tried to end it at the weekend and she is back on shift tomorrow" })
	void assessWhenTheSameWordsAreADisclosureStillReturnsCrisis(String text) {
		assertThat(assess(text).level()).as(text).isEqualTo(SafetyLevel.CRISIS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "My birthday is on Sunday and I've decided it will be my last one",
			"There's a plan and a date now, so please stop asking how I am",
			"not sure I'll be around long enough to collect my pension, the way things are",
			"is there someone I can talk to tonight before I do something I can't undo",
			"honestly my kids are the only thing stopping me",
			"I pray God takes me in my sleep",
			"he posted thank you for everything at 3am and now his phone is off and he's not answering" })
	void assessWhenAnEndIsChosenOrExpectedReturnsCrisis(String text) {
		assertThat(assess(text).level()).as(text).isEqualTo(SafetyLevel.CRISIS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "my grandad says he won't be around long enough to see the new hospital open, he's 96 and laughs about it",
			"we decided this is my last week on nights, days from January",
			"I won't be here to use my leave allowance, I start a new job in March",
			"the mortgage is the only thing stopping me from quitting",
			"she's the only one holding me back from applying for the band 7",
			"I pray God gives me patience with this rota",
			"she sent a thanks for everything card on her last day, not answering emails now she has retired" })
	void assessWhenTheEndIsAJobOrALongLifeReturnsNoCrisis(String text) {
		assertThat(assess(text).level()).as(text).isNotEqualTo(SafetyLevel.CRISIS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "One of my carers was shoved by a resident's son yesterday. Police are aware and she is back at work on Monday. How do I support her?",
			"A porter on nights was assaulted in the car park last week, it is being investigated. What should I say to the team?" })
	void assessWhenSomeoneElsesHarmIsAlreadyInSafeHandsReturnsNoCrisis(String text) {
		assertThat(assess(text).level()).as(text).isNotEqualTo(SafetyLevel.CRISIS);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			she is safe and staying with her sister this week | true
			the police have been informed and he is suspended | true
			she says she is safe but she is going back to him tonight | false
			he was assessed yesterday, however he still talks about it | false
			""")
	void someoneElsesHarmIsInSafeHandsOnlyWithoutAButAfterIt(String normalised, boolean handled) {
		assertThat(Framing.othersRiskHandled(normalised)).as(normalised).isEqualTo(handled);
	}

}
