package org.compassioncoach.safety;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The second opinion (a larger sentence model beside MiniLM) is asked only when a decision
 * needs it, and at most once per message: it costs two to three times MiniLM's CPU.
 */
class SecondOpinionTests {

	private static final AtomicInteger asked = new AtomicInteger();

	private static final RiskAssessor assessor = new RiskAssessor(TextNormaliser.standard(), RiskRules.standard(),
			ExemplarBank.load(TextNormaliser.standard(), TestEmbeddings::embed, (text) -> {
				asked.incrementAndGet();
				return TestEmbeddings.secondOpinion(text);
			}));

	private static int timesAskedFor(String text) {
		asked.set(0);
		assessor.assessNow(text, TestEmbeddings::embed);
		return asked.get();
	}

	@ParameterizedTest
	@ValueSource(strings = { "How do I tell Sam on ward 12 that their handover notes keep arriving late?",
			"what should I say to Priya from team 4? the complaint's been upheld and she doesn't know yet",
			"How do I open a performance conversation with Tom in team 9 with care and challenge?",
			"Can you help me prepare supervision with a newly qualified social worker next week?" })
	void ordinaryCoachingQuestionsNeverAskTheSecondModel(String text) {
		assertThat(timesAskedFor(text)).as(text).isZero();
	}

	@Test
	void aLongMessageMiniLmLeansTowardsCrisisAsksItOnceForAllItsSentences() {
		// MiniLM's own probe gives this ordinary look-alike 0.8; the second opinion keeps it ordinary.
		String text = "I gave my son my old bike and told him I was having a clear-out, which I was. "
				+ "The garage is finally empty. Next I'm tackling the loft.";
		assertThat(timesAskedFor(text)).isEqualTo(1);
	}

	@Test
	void aCrisisTheRulesFindNeedsNoSecondOpinion() {
		assertThat(timesAskedFor("I want to kill myself, I've been saving up my tablets for weeks now")).isZero();
	}

}
