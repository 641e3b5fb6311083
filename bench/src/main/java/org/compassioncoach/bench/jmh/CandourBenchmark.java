package org.compassioncoach.bench.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import org.compassioncoach.candour.CandourAssessment;
import org.compassioncoach.candour.CandourAssessor;
import org.compassioncoach.embedding.Embedder;

/**
 * The candour assessment of a draft opening on the care × challenge grid: with its vectors
 * already known (cues, centroids, observations and the rewrite), and for a draft never seen
 * before (the whole statement and each sentence embedded first).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CandourBenchmark {

	private static final String DRAFT = "I need to talk to you about the handover notes, because three were late "
			+ "this week and the night team started without them. I know the ward has been stretched, so I want to "
			+ "understand what is getting in the way.";

	private final AtomicLong fresh = new AtomicLong();

	private CandourAssessor assessor;

	private float[] vector;

	private List<float[]> sentenceVectors;

	@Setup
	public void setUp(CoachContext coach) {
		this.assessor = coach.bean(CandourAssessor.class);
		Embedder embedder = coach.bean(Embedder.class);
		this.vector = embedder.embedNow(DRAFT);
		this.sentenceVectors = this.assessor.sentencesOf(DRAFT).stream().map(embedder::embedNow).toList();
	}

	@Benchmark
	public CandourAssessment assessKnownVectors() {
		return this.assessor.assessNow(DRAFT, this.vector, this.sentenceVectors);
	}

	@Benchmark
	public CandourAssessment assessUnseen() {
		return this.assessor.assessNow(DRAFT.replace("three", "three (" + this.fresh.incrementAndGet() + ")"));
	}

}
