package org.compassioncoach.safety;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The assessment of single messages, with the real model and the packaged rules and bank. */
class RiskAssessorTests {

	private static final RiskAssessor assessor = TestEmbeddings.assessor();

	private static Finding assess(String text) {
		return assessor.assessNow(text, TestEmbeddings::embed);
	}

	@ParameterizedTest
	@ValueSource(strings = { "I want to kill myself", "i dont want to be here anymore", "im thinking about ending it all",
			"I feel sucidal", "everyone would be better off without me", "I've been saving up my tablets",
			"what's the most painless way to go", "i want to unalive myself" })
	void assessWhenUserIsAtRiskReturnsCrisis(String text) {
		Finding finding = assess(text);
		assertThat(finding.level()).as(text).isEqualTo(SafetyLevel.CRISIS);
		assertThat(finding.thirdParty()).as(text).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "cannae stop thinkin aboot endin my life", "some nights i want to finish myself, too much pressure" })
	void assessWhenRiskIsTypedInDialectOrSecondLanguageEnglishReturnsCrisis(String text) {
		assertThat(assess(text).level()).as(text).isEqualTo(SafetyLevel.CRISIS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "A visitor swore he would kill me if his mum was discharged today. It is logged. How do I brief the ward?",
			"My student was really shaken when her first patient died in resus. What do I say in our next supervision?",
			"is it ok to send flowers to the family of a resident who died on my shift" })
	void assessWhenAWorkMessageIsAboutAThreatReceivedOrAPatientsDeathReturnsNoCrisis(String text) {
		assertThat(assess(text).level()).as(text).isNotEqualTo(SafetyLevel.CRISIS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "I don't trust the new agency nurse with the controlled drugs key",
			"can an agency carer I have never met give out the evening meds on her own?" })
	void assessWhenAQuestionIsAboutTrustingAgencyStaffReturnsNoCrisis(String text) {
		// The first read as harm to others (an exemplar about threatening an agency nurse) until
		// ordinary questions about agency staff joined the bank.
		assertThat(assess(text).level()).as(text).isNotEqualTo(SafetyLevel.CRISIS);
	}

	@Test
	void assessWhenAThreatIsAboutAgencyStaffStillReturnsCrisis() {
		assertThat(assess("next time that agency nurse mocks me i am going to hit her, i have planned it").level())
			.isEqualTo(SafetyLevel.CRISIS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "am deid on my feet, how do I ask for shorter shifts", "im dyin for a brew after that ward round",
			"I need to finish it myself before the audit" })
	void assessWhenDialectIdiomOrOrdinaryFinishingReturnsNoCrisis(String text) {
		assertThat(assess(text).level()).as(text).isNotEqualTo(SafetyLevel.CRISIS);
	}

	@Test
	void assessWhenSelfHarmReturnsSelfHarm() {
		assertThat(assess("I've been cutting again").categories()).contains("self-harm");
	}

	@Test
	void assessWhenUnsafeAtHomeReturnsAbuseWithTheAbuseTopic() {
		Finding finding = assess("my husband hit me again last night");
		assertThat(finding.categories()).contains("abuse-unsafe-at-home");
		assertThat(finding.topics()).contains("abuse");
	}

	@Test
	void assessWhenUserMightHarmSomeoneReturnsHarmToOthers() {
		assertThat(assess("I'm scared I'll hurt my kids when I lose my temper").categories()).contains("harm-to-others");
	}

	@ParameterizedTest
	@ValueSource(strings = { "one of my nurses told me she wants to kill herself",
			"a healthcare assistant told me her husband beats her", "my colleague said he'd be better off dead",
			"I think one of my team is self harming, I saw cuts on her arms" })
	void assessWhenThirdPartyIsAtRiskReturnsCrisis(String text) {
		Finding finding = assess(text);
		assertThat(finding.level()).as(text).isEqualTo(SafetyLevel.CRISIS);
		assertThat(finding.categories()).as(text).contains("third-party-risk");
	}

	@Test
	void assessWhenThirdPartyIsADoctorAddsPractitionerHealthAudience() {
		assertThat(assess("my junior doctor said he wants to end his life").audiences()).contains("doctors");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			I've made my mind up, Saturday night is the night.                                  | suicidal-thoughts
			I've had a date in my head for weeks and it's Friday                                 | suicidal-thoughts
			The house is empty this weekend, my husband is away, so it's the perfect chance to do it | suicidal-thoughts
			I only wanted one person to know before I go through with it                         | suicidal-thoughts
			I'm not counting on a future, so skip the career questions                           | suicidal-thoughts
			I intend not to be around by the summer                                              | suicidal-thoughts
			There's no point renewing things I won't be around for                               | suicidal-thoughts
			after tonight I won't be around to worry about it                                    | suicidal-thoughts
			I'm ready to check out of life for good                                              | suicidal-thoughts
			the permanent way out is looking better every day                                    | suicidal-thoughts
			I'm planning an early exit, just not the kind HR would approve                       | suicidal-thoughts
			I'm ready to go for good.                                                            | suicidal-thoughts
			My neighbour has agreed to keep my cats permanently once I'm gone                    | suicidal-thoughts
			I've written everything down so my partner can take over my life without me          | suicidal-thoughts
			I want it all sorted before I die, which won't be long                               | suicidal-thoughts
			Said goodbye to my brother last night without him realising                          | suicidal-thoughts
			I'm making lists so nobody has to clear up my things after I'm gone                  | suicidal-thoughts
			I've been googling how long before someone would find me                             | suicidal-thoughts
			I cover up the burns with long sleeves so no one at work asks                        | self-harm
			my legs look like a barcode under my tights                                          | self-harm
			the old habit has come back and I've been buying blades again                        | self-harm
			I keep picturing hurting my brother when he gets drunk                               | harm-to-others
			I had an urge to hurt a patient who grabbed me today                                 | harm-to-others
			I'm frightened of what I might do to her next time she turns up                      | harm-to-others
			I'm getting knocked about at home and nobody at work knows                           | abuse-unsafe-at-home
			""")
	void assessWhenWarningSignIsSaidSidewaysReturnsCrisis(String text, String category) {
		Finding finding = assess(text);
		assertThat(finding.level()).as(text).isEqualTo(SafetyLevel.CRISIS);
		assertThat(finding.categories()).as(text).contains(category);
		assertThat(finding.thirdParty()).as(text).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "One of my nurses keeps telling everyone that if she doesn't come in one day they'll know why",
			"my registrar asked who would have his dog if anything happened to him",
			"A healthcare assistant told me she's been picturing hurting her husband",
			"My client's nephew says he'll deal with the carer with a hammer" })
	void assessWhenSomeoneElseShowsAWarningSignReturnsThirdPartyCrisis(String text) {
		Finding finding = assess(text);
		assertThat(finding.level()).as(text).isEqualTo(SafetyLevel.CRISIS);
		assertThat(finding.categories()).as(text).contains("third-party-risk");
	}

	@ParameterizedTest
	@ValueSource(strings = { "I've decided tonight's the night I finally ask for a pay rise",
			"I won't be here next week, I'm on annual leave", "I've decided to leave the trust after ten years",
			"After Friday I won't be here, I'm retiring", "My dog is going to a sitter while we're away on holiday",
			"We're checking out early on Sunday to miss the traffic", "I want it all tidy before the end of the month",
			"I'm not planning on a future with this company", "I've been looking into ways to cut agency spend",
			"I'm going to make him pay for the damage to my car",
			"No point booking the training for someone who won't be here, she's leaving the team",
			"What are the warning signs that someone has decided to end their life?" })
	void assessWhenOrdinaryWordsSoundLikeAWarningSignDoesNotReturnCrisis(String text) {
		assertThat(assess(text).level()).as(text).isNotEqualTo(SafetyLevel.CRISIS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "this deadline is killing me", "I could kill for a coffee", "the project is dead",
			"my feet are killing me after that shift", "that would be career suicide", "she'll kill me if I'm late again",
			"I'm killing myself trying to hit these targets", "we need to cut costs by 5%", "I could murder a brew",
			"I'm going to strangle the photocopier if it jams again" })
	void assessWhenIdiomReturnsNone(String text) {
		assertThat(assess(text).level()).as(text).isEqualTo(SafetyLevel.NONE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Fatima in team 198829283 keeps interrupting colleagues in meetings; how do I raise it kindly?",
			"Datix 20240117 was closed with no harm found, how do I feed that back to the team?",
			"Her NHS number 4857773456 was on the wrong wristband and she is upset with me" })
	void assessWhenOrdinaryMessageCarriesAReferenceNumberReturnsNoCrisis(String text) {
		assertThat(assess(text).level()).as(text).isNotEqualTo(SafetyLevel.CRISIS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Rosa in team 214 keeps interrupting colleagues in meetings; how do I raise it kindly?",
			"Kemi on ward 12 keeps talking over the others at handover, how can I bring it up gently?",
			"my charge nurse snaps at the students whenever the ward is busy, what do I say to him",
			"A senior nurse keeps shouting at the HCAs during the drug round. How should I tackle it?" })
	void assessWhenColleagueBehavesBadlyAndTheQuestionIsHowToRaiseItReturnsNoCrisis(String text) {
		assertThat(assess(text).level()).as(text).isNotEqualTo(SafetyLevel.CRISIS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "how should I word a supportive letter to a doctor under investigation",
			"What should I say if a colleague tells me they're suicidal?", "how do I support someone who self harms",
			"what are the warning signs of suicide in staff",
			"a patient took an overdose last night and I need to support the nurse who found him" })
	void assessWhenInformationalOrClinicalReturnsNone(String text) {
		assertThat(assess(text).level()).as(text).isEqualTo(SafetyLevel.NONE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "I'm completely burnt out", "I'm not coping at all", "I've been drinking every night to cope",
			"I've had three panic attacks this week", "I feel nothing for my patients anymore", "I feel worthless" })
	void assessWhenDistressedReturnsDistress(String text) {
		assertThat(assess(text).level()).as(text).isEqualTo(SafetyLevel.DISTRESS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "I had a tough shift but I'm ok", "I cried after the meeting but I feel better now",
			"I'm a bit tired after nights but otherwise fine", "my colleague is burnt out, how do I raise it",
			"I used to self-harm as a teenager but I've been well for years" })
	void assessWhenSadButSafeReturnsNone(String text) {
		assertThat(assess(text).level()).as(text).isEqualTo(SafetyLevel.NONE);
	}

	@Test
	void assessWhenCareRecipientsWordsAreBroughtToACoachingQuestionDoesNotReturnCrisis() {
		String text = "A resident with Alzheimer's keeps saying 'I want to die'. How can we support our care staff to respond kindly?";
		assertThat(assess(text).level()).isNotEqualTo(SafetyLevel.CRISIS);
	}

	@Test
	void assessWhenSomeoneElsesWordsAreQuotedReadsThemAsTheirs() {
		Finding finding = assess("my colleague keeps saying 'I want to die' and laughing it off");
		assertThat(finding.level()).isEqualTo(SafetyLevel.CRISIS);
		assertThat(finding.categories()).contains("third-party-risk");
	}

	@Test
	void assessWhenNegatedDoesNotReturnCrisis() {
		assertThat(assess("I'm not suicidal, just exhausted").level()).isEqualTo(SafetyLevel.DISTRESS);
	}

	@Test
	void assessWhenDisclosureIsBuriedInALongMessageStillFindsIt() {
		String text = "I've been preparing for the conversation with the band 6 about handovers. I wrote my opening. "
				+ "Honestly though I keep thinking everyone would be better off if I wasn't here. Anyway, can you check my draft?";
		assertThat(assess(text).level()).isEqualTo(SafetyLevel.CRISIS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "I nearly had a coronary when I opened the gas bill 😂",
			"These rotas will be the death of me. Anyway, could you help me draft the email to the team?",
			"If I have to sit through one more fire safety video I'll kill myself 🤣 anyway can you explain the appraisal form?",
			"Starving with hunger, no lunch on this shift. Finally eating now.",
			"So shattered I could fall asleep on the stairs, haha. Day off tomorrow though.",
			"Our old matron retired today after 35 years, going to miss her. She was brilliant.",
			"My nan passed away on Sunday, she was 94." })
	void assessWhenEverydayExaggerationOrPlainLossIsNotCrisis(String text) {
		assertThat(assess(text).level()).as(text).isNotEqualTo(SafetyLevel.CRISIS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "If I have to do one more night shift I'll kill myself haha jk... mostly",
			"If I have to do one more audit I'll kill myself, I mean it 😂", "lol I'm fine. anyway I've written the letters",
			"haha so tired I could sleep and never wake up", "might just end it all tonight lol",
			"end it all and get the bus 😂 jk, mostly",
			"I'm dead on my feet. Anyway, can you help me, I've been planning how to do it" })
	void assessWhenRiskIsSaidBesideAJokeOrAnIdiomStaysCrisis(String text) {
		assertThat(assess(text).level()).as(text).isEqualTo(SafetyLevel.CRISIS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "honestly I wish I could just stop existing", "some days i wish i didnt exist haha",
			"wishing I had never been born tbh", "been researching ways to end it lol",
			"I've been looking online for ways to not wake up" })
	void assessWhenAWishNotToExistOrLookingUpWaysIsSaidLightlyStaysCrisis(String text) {
		assertThat(assess(text).level()).as(text).isEqualTo(SafetyLevel.CRISIS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "I wish I could disappear for a week somewhere sunny",
			"looking up ways to go about telling her the complaint was upheld",
			"I've been looking at ways to go forward with the restructure",
			"I wish I could vanish on holiday after this audit" })
	void assessWhenAWishOrASearchIsAboutOrdinaryThingsDoesNotReturnCrisis(String text) {
		// Similarity alone read "disappear for a week somewhere sunny" as crisis until a getaway with
		// a bounded time or a pleasant place became an everyday reading (Framing.getaway).
		Finding finding = assess(text);
		assertThat(finding.sources()).as(text).doesNotContain("want-to-disappear", "rather-be-dead",
				"decided-the-time");
		assertThat(finding.level()).as(text).isNotEqualTo(SafetyLevel.CRISIS);
	}

	@Test
	void everydayReadingsGiveWayToPlainRiskWords() {
		assertThat(Framing.hyperbole("so tired i could sleep on the floor haha")).isTrue();
		assertThat(Framing.hyperbole("so tired i could sleep on the floor, i have a plan for tonight")).isFalse();
		assertThat(Framing.hyperbole("lol anyway can you help with my rota")).isTrue();
		assertThat(Framing.hyperbole("lol anyway can you help with my rota, i have written the letters")).isFalse();
		assertThat(Framing.plainLoss("my grandma passed away peacefully, she was 88")).isTrue();
		assertThat(Framing.plainLoss("my grandma passed away peacefully, she was 88, i want to join her")).isFalse();
	}

}
