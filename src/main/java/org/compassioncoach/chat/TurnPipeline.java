package org.compassioncoach.chat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.compassioncoach.flows.FlowEngine;
import org.compassioncoach.flows.FlowState;
import org.compassioncoach.flows.RoutedTurn;
import org.compassioncoach.flows.StepPlan;
import org.compassioncoach.knowledge.Citation;
import org.compassioncoach.knowledge.KnowledgeBase;
import org.compassioncoach.knowledge.KnowledgeRetriever;
import org.compassioncoach.knowledge.Passage;
import org.compassioncoach.llm.GenerationRequest;
import org.compassioncoach.llm.LlmGenerator;
import org.compassioncoach.llm.LlmProperties;
import org.compassioncoach.llm.OfflineGenerator;
import org.compassioncoach.safety.OutputGuard;
import org.compassioncoach.safety.SafetyGate;
import org.compassioncoach.safety.SafetyOutcome;
import org.compassioncoach.safety.SafetyState;
import org.compassioncoach.session.Conversation;
import org.compassioncoach.session.ConversationIds;
import org.compassioncoach.session.ConversationStore;
import org.compassioncoach.session.Exchange;
import org.compassioncoach.session.SessionProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * One turn, end to end, for every channel: validate → assess safety → route → retrieve →
 * generate → check the output → remember. A failing model never loses a turn: it ends in
 * the offline reply and a complete response.
 */
@Component
public class TurnPipeline {

	private static final Log logger = LogFactory.getLog(TurnPipeline.class);

	private static final int CARDS_PER_TURN = 3;

	private static final String FALLBACK_NOTE = "\n\n*(The language model did not finish this reply, so here is the "
			+ "offline coach's answer.)*\n\n";

	private final TurnValidator validator;

	private final ConversationStore conversations;

	private final ConversationIds ids;

	private final SessionProperties session;

	private final SafetyGate safety;

	private final FlowEngine flows;

	private final KnowledgeRetriever retriever;

	private final KnowledgeBase knowledge;

	private final OfflineGenerator offline;

	private final LlmGenerator llm;

	private final LlmProperties llmProperties;

	private final OutputGuard outputGuard;

	private final MeterRegistry meters;

	private final Clock clock;

	private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

	private final Semaphore modelPermits;

	TurnPipeline(TurnValidator validator, ConversationStore conversations, ConversationIds ids, SessionProperties session,
			SafetyGate safety, FlowEngine flows, KnowledgeRetriever retriever,
			KnowledgeBase knowledge, OfflineGenerator offline, ObjectProvider<LlmGenerator> llm,
			LlmProperties llmProperties, OutputGuard outputGuard, MeterRegistry meters, ObjectProvider<Clock> clock) {
		this.validator = validator;
		this.conversations = conversations;
		this.ids = ids;
		this.session = session;
		this.safety = safety;
		this.flows = flows;
		this.retriever = retriever;
		this.knowledge = knowledge;
		this.offline = offline;
		this.llm = llm.getIfAvailable();
		this.llmProperties = llmProperties;
		this.outputGuard = outputGuard;
		this.meters = meters;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.modelPermits = new Semaphore(llmProperties.maxConcurrent());
		// How close the service is to answering 503: operators watch this beside coach.llm.max-concurrent.
		Gauge.builder("coach.model.calls.active", this.modelPermits,
				(permits) -> llmProperties.maxConcurrent() - permits.availablePermits())
			.description("Replies the language model is writing now")
			.register(meters);
	}

	/** The whole response at once. */
	public Mono<ChatResponse> chat(ChatRequest request) {
		return chat(request, this.llmProperties.timeout());
	}

	/**
	 * The whole response, with the model given at most {@code modelBudget} before the offline
	 * reply takes over: for channels with a hard deadline (Teams answers within 5 s).
	 */
	public Mono<ChatResponse> chat(ChatRequest request, Duration modelBudget) {
		Duration budget = min(modelBudget, this.llmProperties.timeout());
		return run(request, false, budget).ofType(TurnEvent.Done.class).last().map(TurnEvent.Done::response);
	}

	/** Deltas as the reply is written, then exactly one {@link TurnEvent.Done}. */
	public Flux<TurnEvent> stream(ChatRequest request) {
		return run(request, true, this.llmProperties.timeout());
	}

	private static Duration min(Duration a, Duration b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

	/**
	 * Runs every stage of a turn except the model call and the memory, so that the first real
	 * turns do not pay for class loading, the embedding model's first inference and cold code.
	 * Remembers nothing and calls no model. Blocks: for start-up only, never on an event loop.
	 * @param messages sample messages, each run through the stages once
	 * @return the responses the turns would have given offline, for warming their encoding
	 */
	List<ChatResponse> warmUp(List<String> messages) {
		List<ChatResponse> responses = new ArrayList<>();
		for (String message : messages) {
			SafetyOutcome outcome = this.safety.assess(message, SafetyState.initial(), false).block();
			RoutedTurn routed = this.flows.route(null, null, message);
			List<Passage> passages = withPinned(routed.pinnedCards(),
					this.retriever.search(routed.retrievalQuery(), CARDS_PER_TURN).block());
			StepPlan plan = routed.composer().apply(passages).block();
			GenerationRequest generation = new GenerationRequest(message, List.of(), plan, passages);
			if (this.llm != null) {
				this.llm.warmUp(generation);
			}
			// Its own meters: a warm-up must not show in the service's counts of blocked output.
			CheckedText checked = new CheckedText(this.outputGuard, new SimpleMeterRegistry());
			StringBuilder reply = new StringBuilder();
			for (String fragment : this.offline.stream(generation).toIterable()) {
				checked.accept(fragment).forEach(reply::append);
			}
			checked.finish().forEach(reply::append);
			List<Citation> citations = passages.stream().map(Passage::citation).distinct().toList();
			responses.add(new ChatResponse("warm-up", reply.toString(), "offline", null, citations,
					safetyView(outcome), plan.suggestions(), plan.breathing()));
		}
		return responses;
	}

	/** Whether a conversation exists (for the export and delete endpoints). */
	public boolean exists(String conversationId) {
		return this.conversations.find(conversationId).isPresent();
	}

	private Flux<TurnEvent> run(ChatRequest request, boolean streaming, Duration modelBudget) {
		this.validator.validate(request);
		String id = (request.conversationId() != null) ? request.conversationId() : this.ids.next();
		if (!this.inFlight.add(id)) {
			return Flux.error(new InvalidTurnException(HttpStatus.CONFLICT,
					"The coach is still answering the previous message in this conversation"));
		}
		Conversation before = this.conversations.find(id).orElseGet(() -> Conversation.start(id, this.clock.instant()));
		String message = request.message().strip();
		Flux<TurnEvent> turn = this.safety.assess(message, before.safety(), this.flows.isRolePlay(before.flow()))
			.flatMapMany((outcome) -> {
				Conversation heard = before.withMessage(new Exchange(Exchange.Speaker.USER, message),
						this.session.maxHistory())
					.withSafety(outcome.state());
				return outcome.answersTurn() ? supportTurn(heard, outcome) : coachingTurn(heard, request, message,
						outcome, streaming, modelBudget);
			});
		// Released as the complete response is handed on, not after it: a client that sends its
		// next message the moment it reads this reply must not be told the conversation is busy
		// (under load the bench driver saw that race as a 409 for about 1 turn in 200). The
		// finally covers errors and cancelled streams.
		return turn.doOnNext((event) -> {
			if (event instanceof TurnEvent.Done) {
				this.inFlight.remove(id);
			}
		}).doFinally((signal) -> this.inFlight.remove(id));
	}

	/** Crisis or distress: the supportive reply, signposting first; any flow waits. */
	private Flux<TurnEvent> supportTurn(Conversation heard, SafetyOutcome outcome) {
		FlowState paused = (heard.flow() != null) ? heard.flow().paused(true) : null;
		String reply = outcome.reply().text();
		Conversation after = heard.withFlow(paused)
			.withMessage(new Exchange(Exchange.Speaker.COACH, reply), this.session.maxHistory())
			.withCitations(outcome.reply().citations());
		this.conversations.save(after);
		this.meters.counter("coach.turns", "kind", "safety-" + outcome.assessment().level().id()).increment();
		ChatResponse response = new ChatResponse(after.id(), reply, "offline", this.flows.status(paused),
				outcome.reply().citations(), safetyView(outcome), outcome.reply().suggestions(), null);
		return Flux.just(new TurnEvent.Delta(reply), new TurnEvent.Done(response));
	}

	private Flux<TurnEvent> coachingTurn(Conversation heard, ChatRequest request, String message,
			SafetyOutcome outcome, boolean streaming, Duration modelBudget) {
		// "Carry on with my preparation" after support resumes the paused step; it is not an answer to it.
		String routedMessage = (outcome.resumesFlow() && heard.flow() != null) ? "" : message;
		RoutedTurn routed = this.flows.route(heard.flow(), request.flow(), routedMessage);
		// The message as the safety layer read it is already embedded: searching with it instead
		// of the words as typed saves a second embedding whenever they differ ("I'm", "dont", a
		// typo), a quarter of a turn's CPU, for the same top three cards on the evaluation set.
		String query = routed.retrievalQuery().equals(message) ? this.safety.readAs(message) : routed.retrievalQuery();
		return this.retriever.search(query, CARDS_PER_TURN).flatMapMany((retrieved) -> {
			List<Passage> passages = withPinned(routed.pinnedCards(), retrieved);
			return routed.composer().apply(passages).flatMapMany((plan) -> answer(heard, plan, passages,
					message, outcome, streaming, modelBudget));
		});
	}

	private Flux<TurnEvent> answer(Conversation heard, StepPlan plan, List<Passage> passages,
			String message, SafetyOutcome outcome, boolean streaming, Duration modelBudget) {
		List<Exchange> earlier = heard.history().subList(0, heard.history().size() - 1);
		GenerationRequest generation = new GenerationRequest(message, earlier, plan, passages);
		Reply reply = new Reply();
		Flux<String> text = generate(generation, streaming, modelBudget, reply);
		return text.map((fragment) -> (TurnEvent) new TurnEvent.Delta(fragment)).concatWith(Mono.fromSupplier(() -> {
			List<Citation> citations = passages.stream().map(Passage::citation).distinct().toList();
			Conversation after = heard.withFlow(plan.next())
				.withMessage(new Exchange(Exchange.Speaker.COACH, reply.text.toString()), this.session.maxHistory())
				.withNotes(plan.notes())
				.withCitations(citations);
			this.conversations.save(after);
			this.meters.counter("coach.turns", "kind", "coaching", "mode", reply.mode).increment();
			return new TurnEvent.Done(new ChatResponse(after.id(), reply.text.toString(), reply.mode,
					this.flows.status(plan.next()), citations, safetyView(outcome), plan.suggestions(),
					plan.breathing()));
		}));
	}

	/** The pinned cards first (a step always cites them), then the retrieved ones. */
	private List<Passage> withPinned(List<String> pinned, List<Passage> retrieved) {
		Map<String, Passage> byCard = new LinkedHashMap<>();
		for (String id : pinned) {
			this.knowledge.find(id).ifPresent((card) -> byCard.put(id, new Passage(card, card.body(), 1.0)));
		}
		for (Passage passage : retrieved) {
			byCard.putIfAbsent(passage.card().id(), passage);
		}
		return new ArrayList<>(byCard.values()).subList(0, Math.min(byCard.size(), Math.max(CARDS_PER_TURN, pinned.size())));
	}

	private Flux<String> generate(GenerationRequest generation, boolean streaming, Duration modelBudget,
			Reply reply) {
		if (this.llm == null || !generation.plan().useModel()) {
			return record(streaming ? this.offline.stream(generation) : this.offline.reply(generation).flux(), reply,
					"offline");
		}
		if (!this.modelPermits.tryAcquire()) {
			return Flux.error(new ModelBusyException());
		}
		// A stream is bounded until its first words here; after that the model's HTTP client stops
		// a reply that goes quiet for as long (a timer per streamed word here cost more than it saved).
		Flux<String> model = streaming
				? this.llm.stream(generation).timeout(Mono.delay(modelBudget), (fragment) -> Mono.never())
				: this.llm.reply(generation).timeout(modelBudget).flux();
		CheckedText checked = new CheckedText(this.outputGuard, this.meters);
		Flux<String> guarded = model.concatMapIterable(checked::accept)
			.concatWith(Flux.defer(() -> Flux.fromIterable(checked.finish())));
		return record(guarded, reply, "llm").onErrorResume((error) -> {
			this.meters.counter("coach.fallbacks", "cause", error.getClass().getSimpleName()).increment();
			logger.warn("Model reply replaced by the offline reply: " + error.getClass().getSimpleName());
			// The cause can quote the model's or the user's words, so only at debug level.
			logger.debug("Model failure", error);
			String offlineReply = generation.plan().offlineReply();
			String fragment = reply.text.isEmpty() ? offlineReply : FALLBACK_NOTE + offlineReply;
			reply.mode = "offline";
			reply.text.append(fragment);
			return Flux.just(fragment);
		}).doFinally((signal) -> this.modelPermits.release());
	}

	private static Flux<String> record(Flux<String> text, Reply reply, String mode) {
		return text.filter((fragment) -> !fragment.isEmpty()).doOnNext((fragment) -> {
			reply.mode = mode;
			reply.text.append(fragment);
		}).doOnSubscribe((subscription) -> reply.mode = mode);
	}

	private static ChatResponse.Safety safetyView(SafetyOutcome outcome) {
		return new ChatResponse.Safety(outcome.assessment().level().id(), outcome.signposts());
	}

	/** What a turn has sent so far, and who wrote it. */
	private static final class Reply {

		private final StringBuilder text = new StringBuilder();

		private String mode = "offline";

	}

}
