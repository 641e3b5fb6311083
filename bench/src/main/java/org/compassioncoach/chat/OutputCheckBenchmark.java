package org.compassioncoach.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import org.compassioncoach.bench.jmh.CoachContext;
import org.compassioncoach.safety.OutputGuard;

/**
 * The streaming output check: a model reply arriving token by token, cut into sentences and
 * each sentence checked, as {@link TurnPipeline} does it. Lives in the pipeline's package
 * because the checker is package-private there.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class OutputCheckBenchmark {

	/** A typical coaching reply of about 120 words, streamed as word tokens. */
	private static final String REPLY = "Start with the bottom line, kindly and clearly. Name the specific "
			+ "behaviour and its impact on patients and the team. Then ask what is getting in the way, and listen "
			+ "before you suggest anything. Agree one small change and a date to review it together.\n\n"
			+ "1. Open: \"I want to talk about handover notes, because they matter for patient safety.\"\n"
			+ "2. Ask: \"What is making it hard to finish them on time?\"\n"
			+ "3. Agree: one change, e.g. ten protected minutes before the end of the shift.\n\n"
			+ "If they are struggling, the toolkit suggests you offer support as well as challenge. "
			+ "You could mention occupational health or the employee assistance programme. Follow up in a week.";

	private OutputGuard guard;

	private List<String> tokens;

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	@Setup
	public void setUp(CoachContext coach) {
		this.guard = coach.bean(OutputGuard.class);
		this.tokens = new ArrayList<>();
		int start = 0;
		for (int i = 1; i <= REPLY.length(); i++) {
			if (i == REPLY.length() || REPLY.charAt(i) == ' ') {
				this.tokens.add(REPLY.substring(start, i));
				start = i;
			}
		}
	}

	/** The whole reply through the sentence splitter and the guard; returns the sentences sent. */
	@Benchmark
	public int streamedReply() {
		CheckedText checked = new CheckedText(this.guard, this.meters);
		int sent = 0;
		for (String token : this.tokens) {
			sent += checked.accept(token).size();
		}
		return sent + checked.finish().size();
	}

	/** One sentence through the guard alone. */
	@Benchmark
	public OutputGuard.Verdict oneSentence() {
		return this.guard.check("Name the specific behaviour and its impact on patients and the team. ");
	}

}
