package org.compassioncoach.embedding;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import org.junit.jupiter.api.Test;
import reactor.core.scheduler.Schedulers;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-turn cache: one embedding for texts the uncased model cannot tell apart. */
class EmbedderCacheTests {

	private final AtomicInteger calls = new AtomicInteger();

	private final EmbeddingModel counting = new EmbeddingModel() {

		@Override
		public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
			EmbedderCacheTests.this.calls.addAndGet(segments.size());
			return Response.from(segments.stream().map((segment) -> Embedding.from(new float[] { 1, 2, 3 })).toList());
		}

	};

	@Test
	void embedWhenTextsDifferOnlyInCaseAndSpacingCallsTheModelOnce() {
		Embedder embedder = new Embedder(this.counting, Schedulers.immediate());
		float[] original = embedder.embed("My colleague was RUDE at  handover").block();
		float[] lowered = embedder.embed("my colleague was rude at handover ").block();
		assertThat(lowered).isSameAs(original);
		assertThat(this.calls).hasValue(1);
	}

	@Test
	void embedWhenWordsDifferCallsTheModelAgain() {
		Embedder embedder = new Embedder(this.counting, Schedulers.immediate());
		embedder.embedNow("I'm tired");
		embedder.embedNow("i am tired");
		assertThat(this.calls).hasValue(2);
	}

}
