package org.compassioncoach.safety;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.compassioncoach.knowledge.KnowledgeBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/** The supportive state across turns, with the real assessor. */
class SupportiveSafetyGateTests {

	private static final RiskAssessor assessor = TestEmbeddings.assessor();

	private final SupportiveSafetyGate gate = gate(TestEmbeddings::embed);

	private static SupportiveSafetyGate gate(Function<String, float[]> embed) {
		return gate(embed, Schedulers.boundedElastic(), Duration.ofSeconds(5), new SimpleMeterRegistry());
	}

	private static SupportiveSafetyGate gate(Function<String, float[]> embed, Scheduler scheduler,
			Duration timeout, SimpleMeterRegistry meters) {
		KnowledgeBase knowledge = mock(KnowledgeBase.class);
		given(knowledge.find(anyString())).willReturn(Optional.empty());
		SafetyReplies replies = new SafetyReplies(new SupportDirectory(SupportDirectory.load(null)), knowledge);
		return new SupportiveSafetyGate(assessor, embed, scheduler, replies, timeout, meters);
	}

	private SafetyOutcome turn(String text, SafetyState state) {
		return turn(text, state, false);
	}

	private SafetyOutcome turn(String text, SafetyState state, boolean inRolePlay) {
		return this.gate.assess(text, state, inRolePlay).block();
	}

	@Test
	void readAsGivesTheTextTheAssessmentEmbeds() {
		// The pipeline searches the cards with this text, so it must be what was embedded.
		String read = this.gate.readAs("I'm worried my colleague  isnt coping");

		assertThat(read).isEqualTo("i am worried my colleague is not coping");
		assertThat(read).isEqualTo(assessor.normalise("I'm worried my colleague  isnt coping"));
	}

	@Test
	void assessWhenCrisisAnswersWithSignpostingFirst() {
		SafetyOutcome outcome = turn("I want to end my life", SafetyState.initial());
		assertThat(outcome.answersTurn()).isTrue();
		assertThat(outcome.reply().text()).startsWith("**If you are in immediate danger")
			.contains("Samaritans", "116 123", "SHOUT", "85258", "Are you safe right now?");
		assertThat(outcome.signposts()).extracting(SupportService::id).startsWith("emergency", "samaritans", "shout");
		assertThat(outcome.state().supportive()).isTrue();
	}

	@Test
	void assessWhenCrisisNeverDescribesMethods() {
		String reply = turn("how many paracetamol would kill me", SafetyState.initial()).reply().text().toLowerCase();
		assertThat(reply).doesNotContain("paracetamol", "dose", "tablets");
	}

	@Test
	void assessWhenUserSaysFineOnceStaysSupportive() {
		SafetyState state = turn("I want to end my life", SafetyState.initial()).state();
		SafetyOutcome fine = turn("I'm fine, carry on", state);
		assertThat(fine.answersTurn()).isTrue();
		assertThat(fine.assessment().level()).isEqualTo(SafetyLevel.CRISIS);
		assertThat(fine.state().hold()).isEqualTo(SafetyState.Hold.CRISIS);
		SafetyOutcome again = turn("I'm fine, carry on", fine.state());
		assertThat(again.state().supportive()).isTrue();
		assertThat(again.reply().text()).contains("Are you safe right now?");
	}

	@Test
	void assessWhenSafetyIsStatedAndConfirmedEndsSupportOnTheNextTurn() {
		SafetyState state = turn("I want to end my life", SafetyState.initial()).state();
		SafetyOutcome stated = turn("I'm safe, I won't act on it", state);
		assertThat(stated.state().hold()).isEqualTo(SafetyState.Hold.CONFIRMING);
		assertThat(stated.reply().text()).startsWith("**If you are in immediate danger")
			.contains("do you have someone you can contact", "Samaritans", "Shout");
		SafetyOutcome confirmed = turn("yes, my sister is with me", stated.state());
		assertThat(confirmed.state().supportive()).isFalse();
		assertThat(confirmed.reply().suggestions()).contains(SafetyReplies.CARRY_ON);
		SafetyOutcome next = turn("ok, the nurse is often late with handovers", confirmed.state());
		assertThat(next.answersTurn()).isFalse();
		assertThat(next.state().riskSignals()).isEqualTo(1);
	}

	@Test
	void assessWhenConfirmationIsHedgedStaysSupportive() {
		SafetyState state = turn("I want to end my life", SafetyState.initial()).state();
		SafetyState confirming = turn("I am safe", state).state();
		assertThat(turn("I guess so, probably", confirming).state().supportive()).isTrue();
	}

	@Test
	void assessWhenUserSaysNotSafeEscalates() {
		SafetyState state = turn("I want to end my life", SafetyState.initial()).state();
		SafetyOutcome notSafe = turn("no, I'm not safe", state);
		assertThat(notSafe.reply().text()).startsWith("**Please call 999");
		assertThat(notSafe.state().riskSignals()).isEqualTo(2);
	}

	@Test
	void assessWhenNewRiskAppearsDuringConfirmationStartsAgain() {
		SafetyState state = turn("I want to end my life", SafetyState.initial()).state();
		SafetyState confirming = turn("I am safe", state).state();
		SafetyOutcome relapse = turn("actually I've got the tablets ready", confirming);
		assertThat(relapse.state().hold()).isEqualTo(SafetyState.Hold.CRISIS);
		assertThat(relapse.state().riskSignals()).isEqualTo(2);
	}

	@Test
	void assessWhenSomeoneElseIsAtRiskGivesGuidanceOnSupportingThem() {
		SafetyOutcome outcome = turn("one of my nurses told me she wants to kill herself", SafetyState.initial());
		assertThat(outcome.assessment().categories()).contains("third-party-risk");
		assertThat(outcome.reply().text()).startsWith("**If they are in immediate danger")
			.contains("Samaritans", "Ask them directly", "Is the person safe right now?");
		SafetyOutcome helped = turn("she's with her family now and I called 111 with her", outcome.state());
		assertThat(helped.state().hold()).isEqualTo(SafetyState.Hold.CONFIRMING);
	}

	@Test
	void assessWhenDisclosureInRolePlayPausesTheRolePlay() {
		SafetyOutcome outcome = turn("you're right, honestly I just want to die", SafetyState.initial(), true);
		assertThat(outcome.reply().text()).contains("paused the role-play");
	}

	@Test
	void assessWhenDistressedOffersAChoiceThenLetsTheUserCarryOn() {
		SafetyOutcome distress = turn("I'm completely burnt out", SafetyState.initial());
		assertThat(distress.assessment().level()).isEqualTo(SafetyLevel.DISTRESS);
		assertThat(distress.reply().suggestions()).containsExactly(SafetyReplies.CARRY_ON, SafetyReplies.TALK);
		assertThat(distress.signposts()).extracting(SupportService::id).contains("samaritans", "eap")
			.doesNotContain("emergency");
		SafetyOutcome talk = turn(SafetyReplies.TALK, distress.state());
		assertThat(talk.answersTurn()).isTrue();
		SafetyOutcome carryOn = turn(SafetyReplies.CARRY_ON, talk.state());
		assertThat(carryOn.answersTurn()).isFalse();
		assertThat(carryOn.resumesFlow()).isTrue();
		assertThat(carryOn.state().hold()).isEqualTo(SafetyState.Hold.NONE);
	}

	@Test
	void assessWhenDistressKeepsComingBackAsksDirectlyAboutSuicide() {
		SafetyState state = SafetyState.initial();
		SafetyOutcome outcome = null;
		for (String text : new String[] { "I'm exhausted all the time", "I feel worthless", "I'm not coping at all" }) {
			outcome = turn(text, state);
			state = outcome.state();
		}
		assertThat(outcome.reply().text()).contains("Are you having thoughts like that?");
		SafetyOutcome answer = turn("yes, sometimes", state);
		assertThat(answer.assessment().level()).isEqualTo(SafetyLevel.CRISIS);
	}

	@Test
	void assessWhenTheCheckWaitedLongerThanItsTimeoutForAThreadStillAssesses() {
		// Under load turns queue for the check's threads; the wait is not the check being slow.
		// One thread that may block, as the service's embedding threads may: on a non-blocking
		// "single" thread BlockHound stopped the sleep at once and nothing queued.
		Scheduler oneThread = Schedulers.newBoundedElastic(1, 100, "busy");
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		float[] ordinary = TestEmbeddings.embed("how do i give feedback on late handover notes");
		SupportiveSafetyGate gate = gate((text) -> ordinary, oneThread, Duration.ofMillis(300), meters);
		try {
			oneThread.schedule(() -> sleep(900));

			SafetyOutcome outcome = gate.assess("How do I give feedback on late handover notes?", SafetyState.initial(), false)
				.block();

			assertThat(outcome.answersTurn()).isFalse();
			assertThat(meters.counter("coach.safety.failed-closed").count()).isZero();
		}
		finally {
			oneThread.dispose();
		}
	}

	@Test
	void assessWhenTheMessageHasSeveralSentencesTakesOnePlaceInTheEmbeddingQueue() {
		// The message is embedded whole and sentence by sentence. Queued once per sentence, it
		// waited behind every turn that arrived in between, and at 500 streams those waits ran
		// checks past their timeout and failed turns closed.
		AtomicInteger tasks = new AtomicInteger();
		ThreadPoolExecutor counting = new ThreadPoolExecutor(1, 1, 0,
				TimeUnit.SECONDS, new LinkedBlockingQueue<>()) {
			@Override
			protected void beforeExecute(Thread thread, Runnable task) {
				tasks.incrementAndGet();
			}
		};
		Scheduler scheduler = Schedulers.fromExecutorService(counting);
		try {
			SafetyOutcome outcome = gate(TestEmbeddings::embed, scheduler, Duration.ofSeconds(5), new SimpleMeterRegistry())
				.assess("My deputy starts on Monday. How do I give feedback on late handover notes? She is new.",
						SafetyState.initial(), false)
				.block();

			assertThat(outcome.answersTurn()).isFalse();
			assertThat(tasks.get()).isEqualTo(1);
		}
		finally {
			scheduler.dispose();
		}
	}

	@Test
	void assessWhenTheCheckItselfRunsPastItsTimeoutFailsClosedToSupport() {
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		SupportiveSafetyGate gate = gate((text) -> {
			sleep(900);
			return TestEmbeddings.embed(text);
		}, Schedulers.boundedElastic(), Duration.ofMillis(300), meters);

		SafetyOutcome outcome = gate.assess("How do I give feedback on late handover notes?", SafetyState.initial(), false)
			.block();

		assertThat(outcome.answersTurn()).isTrue();
		assertThat(outcome.reply().text()).contains("116 123");
		assertThat(meters.counter("coach.safety.failed-closed").count()).isEqualTo(1);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Test
	void assessWhenAssessmentFailsFailsClosedToSupport() {
		SupportiveSafetyGate broken = gate((text) -> {
			throw new IllegalStateException("model unavailable");
		});
		SafetyOutcome outcome = broken.assess("hello", SafetyState.initial(), false).block();
		assertThat(outcome.answersTurn()).isTrue();
		assertThat(outcome.reply().text()).contains("999", "Samaritans");
	}

	@Test
	void assessWhenNothingOfConcernLetsCoachingContinue() {
		SafetyOutcome outcome = turn("I need to tell a nurse her handovers are late", SafetyState.initial());
		assertThat(outcome.answersTurn()).isFalse();
		assertThat(outcome.signposts()).isEmpty();
	}

}
