package org.compassioncoach.bench.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import org.compassioncoach.chat.ChatRequest;
import org.compassioncoach.chat.ChatResponse;
import org.compassioncoach.chat.TurnPipeline;
import org.compassioncoach.embedding.Embedder;
import org.compassioncoach.knowledge.KnowledgeRetriever;
import org.compassioncoach.knowledge.Passage;
import org.compassioncoach.safety.OutputGuard;
import org.compassioncoach.safety.SafetyGate;
import org.compassioncoach.safety.SafetyOutcome;
import org.compassioncoach.safety.SafetyState;

/**
 * The per-turn hot paths, each on its own: the safety assessment, retrieval, the embedding
 * they share, the checks on each sentence of a model's reply, and a whole offline turn. "seen" variants reuse a few messages (the embedding
 * comes from the cache, as it does for the second stage of a turn); "unseen" variants embed a
 * new message every time (what the first stage of a real turn pays).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HotPathBenchmark {

	/** The load driver's scripted reply, a sentence at a time: ordinary advice that passes every check. */
	private static final String[] REPLY_SENTENCES = { "Start with the bottom line, kindly and clearly. ",
			"Name the specific behaviour and its impact on patients and the team. ",
			"Then ask what is getting in the way, and listen before you suggest anything. ",
			"Agree one small change and a date to review it together." };

	private SafetyGate safety;

	private KnowledgeRetriever retriever;

	private Embedder embedder;

	private TurnPipeline pipeline;

	private OutputGuard outputGuard;

	private float[] queryVector;

	private long i;

	@Setup
	public void setUp(CoachContext coach) {
		this.safety = coach.bean(SafetyGate.class);
		this.retriever = coach.bean(KnowledgeRetriever.class);
		this.embedder = coach.bean(Embedder.class);
		this.pipeline = coach.bean(TurnPipeline.class);
		this.outputGuard = coach.bean(OutputGuard.class);
		this.queryVector = this.embedder.embedNow(CoachContext.MESSAGES[0]);
	}

	@Benchmark
	public SafetyOutcome safetySeen(CoachContext coach) {
		return this.safety.assess(coach.seen(this.i++), SafetyState.initial(), false).block();
	}

	@Benchmark
	public SafetyOutcome safetyUnseen(CoachContext coach) {
		return this.safety.assess(coach.unseen(), SafetyState.initial(), false).block();
	}

	/** Ranking alone: similarity over every chunk plus BM25, with the query already embedded. */
	@Benchmark
	public List<Passage> retrievalRanking() {
		return this.retriever.search(CoachContext.MESSAGES[0], this.queryVector, 3);
	}

	@Benchmark
	public List<Passage> retrievalUnseen(CoachContext coach) {
		return this.retriever.search(coach.unseen(), 3).block();
	}

	/** The checks every sentence of a model's reply passes before the user sees it. */
	@Benchmark
	public OutputGuard.Verdict outputCheck() {
		return this.outputGuard.check(REPLY_SENTENCES[(int) (this.i++ % REPLY_SENTENCES.length)]);
	}

	@Benchmark
	public float[] embeddingUnseen(CoachContext coach) {
		return this.embedder.embedNow(coach.unseen());
	}

	/** A whole offline turn in process: validation, safety, routing, retrieval, reply, memory. */
	@Benchmark
	public ChatResponse offlineTurnUnseen(CoachContext coach) {
		return this.pipeline.chat(new ChatRequest(null, coach.unseen(), null)).block();
	}

}
