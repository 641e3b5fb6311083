package org.compassioncoach.safety;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;

import org.compassioncoach.embedding.Embedder;
import org.compassioncoach.embedding.SecondOpinionModel;
import org.compassioncoach.knowledge.KnowledgeBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The safety layer of every turn: assesses the message, then answers with support (holding
 * the conversation in the supportive state after a crisis) or lets coaching continue, failing
 * closed when the check fails or is slow.
 */
@Component
class SupportiveSafetyGate implements SafetyGate {

	// Leaving the supportive state takes two steps: a clear statement of safety ("I'm safe",
	// "I won't act on it", or for someone else "she's with her family now"), then a yes to the
	// coach's confirming question. "I'm fine, carry on" on its own is not enough, and any new
	// risk signal starts again (docs/SAFETY.md).

	private static final Log logger = LogFactory.getLog(SupportiveSafetyGate.class);

	/** Distress turns after which the coach asks directly about thoughts of suicide. */
	static final int ASK_DIRECTLY_AFTER = 3;

	/** A longer message that starts "let's carry on" also says something the flow should hear. */
	static final int MAX_CHOICE_WORDS = 8;

	/**
	 * The longest a message waits for a thread before its check starts. Past what the machine can
	 * serve, turns queue here; counting that wait against the check's own timeout failed about
	 * half the turns closed at 500 streams on 2 cores (docs/PERFORMANCE.md), so the queue has its
	 * own, longer bound: by 30 s most clients and proxies have given up anyway.
	 */
	static final Duration MAX_QUEUE_WAIT = Duration.ofSeconds(30);

	private final RiskAssessor assessor;

	private final Function<String, float[]> embed;

	private final Scheduler scheduler;

	private final SafetyReplies replies;

	private final Duration timeout;

	private final MeterRegistry meters;

	@Autowired
	SupportiveSafetyGate(Embedder embedder, SecondOpinionModel secondOpinion, Scheduler embeddingScheduler,
			SupportDirectory directory, KnowledgeBase knowledge, SupportProperties properties, MeterRegistry meters) {
		this(assessor(embedder, secondOpinion), embedder::embedNow, embeddingScheduler, new SafetyReplies(directory, knowledge),
				properties.assessTimeout(), meters);
	}

	/**
	 * @param embed embeds on the calling thread (with the embedder's cache of recent messages)
	 * @param scheduler the bounded threads that embed messages
	 */
	SupportiveSafetyGate(RiskAssessor assessor, Function<String, float[]> embed, Scheduler scheduler,
			SafetyReplies replies, Duration timeout, MeterRegistry meters) {
		this.assessor = assessor;
		this.embed = embed;
		this.scheduler = scheduler;
		this.replies = replies;
		this.timeout = timeout;
		this.meters = meters;
	}

	private static RiskAssessor assessor(Embedder embedder, SecondOpinionModel secondOpinion) {
		TextNormaliser normaliser = TextNormaliser.standard();
		return new RiskAssessor(normaliser, RiskRules.standard(),
				ExemplarBank.load(normaliser, embedder::embedNow, secondOpinion::embedNow));
	}

	@Override
	public String readAs(String text) {
		return this.assessor.normalise(text);
	}

	/**
	 * The stateless assessment of one message, for {@code POST /api/v1/safety/assess}. It fails
	 * with a timeout if it is not done the configured timeout after an embedding thread takes the
	 * message, or {@link #MAX_QUEUE_WAIT} after it was asked for, whichever comes first. (Running
	 * the rules inside that task as well lengthened the tail at 100 streams: they stay on
	 * Reactor's two CPU threads, which also keeps them from crowding out the embeddings.)
	 */
	Mono<Finding> assessMessage(String text) {
		Sinks.Empty<Void> started = Sinks.empty();
		Mono<Long> tooLong = Mono.firstWithSignal(started.asMono().then(Mono.delay(this.timeout)),
				Mono.delay(MAX_QUEUE_WAIT));
		// One task for all of the message's units: queued once per unit, a message waited
		// behind every turn that arrived between its sentences, and that wait counted against
		// the timeout (failing turns closed at 500 streams).
		Function<List<String>, Mono<List<float[]>>> embedWhenTaken = (units) -> Mono.fromCallable(() -> {
			started.tryEmitEmpty();
			return units.stream().map(this.embed).toList();
		}).subscribeOn(this.scheduler);
		return this.assessor.assess(text, embedWhenTaken).timeout(tooLong);
	}

	List<SupportService> signposts(Finding finding) {
		return this.replies.signposts(finding.level(),
				new SafetyState(finding.level(), finding.categories(), 0, SafetyState.Hold.NONE, finding.topics(),
						finding.audiences(), false));
	}

	@Override
	public Mono<SafetyOutcome> assess(String text, SafetyState previous, boolean inRolePlay) {
		SafetyState before = (previous != null) ? previous : SafetyState.initial();
		return Mono.defer(() -> assessMessage(text))
			.map((finding) -> decide(this.assessor.normalise(text), finding, before, inRolePlay))
			.onErrorResume((error) -> {
				logger.warn("Safety assessment failed closed: " + error.getClass().getSimpleName());
				this.meters.counter("coach.safety.failed-closed").increment();
				return Mono.just(failClosed(before));
			});
	}

	SafetyOutcome decide(String normalised, Finding finding, SafetyState before, boolean inRolePlay) {
		boolean onlySemantic = finding.sources().stream().allMatch((source) -> source.startsWith("semantic:"));
		if (before.supportive() && (Affirmations.no(normalised)
				|| (finding.level() == SafetyLevel.CRISIS && onlySemantic && !finding.thirdParty()))) {
			// An answer to the coach's question ("no, I'm not safe") escalates what is already
			// known; it does not change what kind of crisis it is.
			SafetyState held = with(before, SafetyLevel.CRISIS, SafetyState.Hold.CRISIS, Finding.none(), true, false);
			return outcome(SafetyLevel.CRISIS, held.categories(), held, this.replies.stillHere(held, true, false));
		}
		if (finding.level() == SafetyLevel.CRISIS) {
			return crisis(finding, before, inRolePlay);
		}
		if (before.supportive()) {
			return supportive(normalised, finding, before);
		}
		if (before.hold() == SafetyState.Hold.DISTRESS && before.askedDirectly()
				&& Affirmations.yes(normalised) && !Affirmations.no(normalised)) {
			// "Yes, sometimes" to "are you having thoughts of ending your life?" is a disclosure.
			return crisis(new Finding(SafetyLevel.CRISIS, List.of("suicidal-thoughts"), Set.of("suicidal-thoughts"),
					finding.audiences(), Set.of(), List.of("answered-direct-question"), false), before, inRolePlay);
		}
		if (finding.level() == SafetyLevel.DISTRESS) {
			return distress(finding, before, inRolePlay);
		}
		if (before.hold() == SafetyState.Hold.DISTRESS && Affirmations.wantsToTalk(normalised)
				&& !Affirmations.wantsToContinue(normalised)) {
			SafetyState held = with(before, SafetyLevel.DISTRESS, SafetyState.Hold.DISTRESS, finding, false, false);
			return outcome(SafetyLevel.DISTRESS, before.categories(), held, this.replies.talk(held));
		}
		// Nothing of concern, or the user chose to carry on: coaching continues (a paused flow resumes).
		SafetyState calm = new SafetyState(SafetyLevel.NONE, before.categories(), before.riskSignals(),
				SafetyState.Hold.NONE, before.topics(), union(before.audiences(), finding.audiences()), false);
		boolean onlyChoosing = before.hold() == SafetyState.Hold.DISTRESS && Affirmations.wantsToContinue(normalised)
				&& normalised.split("\\s+").length <= MAX_CHOICE_WORDS;
		return new SafetyOutcome(SafetyAssessment.none(), List.of(), calm, null, onlyChoosing);
	}

	private SafetyOutcome crisis(Finding finding, SafetyState before, boolean inRolePlay) {
		SafetyState held = with(before, SafetyLevel.CRISIS, SafetyState.Hold.CRISIS, finding, true, false);
		this.meters.counter("coach.safety.crisis").increment();
		return outcome(SafetyLevel.CRISIS, finding.categories(), held,
				this.replies.crisis(held, finding.kinds(), inRolePlay, false));
	}

	private SafetyOutcome supportive(String normalised, Finding finding, SafetyState before) {
		boolean clear = Affirmations.clearlySafe(normalised) || Affirmations.otherSafe(normalised);
		// A statement of safety reads close to the crisis exemplars it answers, so a near miss
		// counts as risk only when the user has not said they are safe.
		boolean risk = finding.level() == SafetyLevel.DISTRESS || (finding.nearMiss() && !clear)
				|| Affirmations.no(normalised);
		if (risk) {
			SafetyState held = with(before, SafetyLevel.CRISIS, SafetyState.Hold.CRISIS, finding, true, false);
			return outcome(SafetyLevel.CRISIS, held.categories(), held, this.replies.stillHere(held, true, false));
		}
		if (before.hold() == SafetyState.Hold.CONFIRMING && (clear || Affirmations.unhedgedYes(normalised))) {
			this.meters.counter("coach.safety.support-ended").increment();
			// Safe again: like after distress, the user now chooses to carry on or to keep talking.
			SafetyState resumed = new SafetyState(SafetyLevel.NONE, before.categories(), before.riskSignals(),
					SafetyState.Hold.DISTRESS, before.topics(), before.audiences(), false);
			return outcome(SafetyLevel.CRISIS, before.categories(), resumed, this.replies.resume(before));
		}
		if (clear) {
			SafetyState confirming = with(before, SafetyLevel.CRISIS, SafetyState.Hold.CONFIRMING, finding, false,
					false);
			return outcome(SafetyLevel.CRISIS, before.categories(), confirming, this.replies.confirm(confirming));
		}
		SafetyState held = with(before, SafetyLevel.CRISIS, SafetyState.Hold.CRISIS, finding, false, false);
		return outcome(SafetyLevel.CRISIS, before.categories(), held,
				this.replies.stillHere(held, false, Affirmations.casual(normalised)));
	}

	private SafetyOutcome distress(Finding finding, SafetyState before, boolean inRolePlay) {
		int signals = before.riskSignals() + 1;
		boolean askDirectly = !before.askedDirectly() && (signals >= ASK_DIRECTLY_AFTER || finding.nearMiss());
		SafetyState held = with(before, SafetyLevel.DISTRESS, SafetyState.Hold.DISTRESS, finding, true, askDirectly);
		this.meters.counter("coach.safety.distress").increment();
		return outcome(SafetyLevel.DISTRESS, finding.categories(), held,
				this.replies.distress(finding.categories(), held, inRolePlay, askDirectly));
	}

	private SafetyOutcome failClosed(SafetyState before) {
		SafetyLevel level = before.level().atLeast(SafetyLevel.DISTRESS);
		return new SafetyOutcome(new SafetyAssessment(level, before.categories()),
				this.replies.signposts(SafetyLevel.CRISIS, before), before, this.replies.unavailable(before));
	}

	private SafetyOutcome outcome(SafetyLevel level, List<String> categories, SafetyState state, SafetyReply reply) {
		return new SafetyOutcome(new SafetyAssessment(level, categories), this.replies.signposts(level, state), state,
				reply);
	}

	private static SafetyState with(SafetyState before, SafetyLevel level, SafetyState.Hold hold, Finding finding,
			boolean signal, boolean askedDirectly) {
		Set<String> categories = new LinkedHashSet<>(finding.categories());
		categories.addAll(before.categories());
		return new SafetyState(level, List.copyOf(categories), before.riskSignals() + (signal ? 1 : 0), hold,
				union(before.topics(), finding.topics()), union(before.audiences(), finding.audiences()),
				askedDirectly);
	}

	private static Set<String> union(Set<String> a, Set<String> b) {
		Set<String> all = new LinkedHashSet<>(a);
		all.addAll(b);
		return all;
	}

}
