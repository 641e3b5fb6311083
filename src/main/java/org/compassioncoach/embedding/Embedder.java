package org.compassioncoach.embedding;

import java.time.Duration;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.model.embedding.EmbeddingModel;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Turns text into unit-length vectors with the in-process MiniLM model.
 *
 * <p>The model call is CPU-bound and blocking, so the reactive entry point runs it on a
 * bounded scheduler and never on a Netty event loop. A turn embeds the same message for
 * the safety check, retrieval and the candour assessment, so recent vectors are cached.
 */
@Component
public class Embedder {

	private final EmbeddingModel model;

	private final Scheduler scheduler;

	private final Cache<String, float[]> recent = Caffeine.newBuilder()
		.maximumSize(2_000)
		.expireAfterAccess(Duration.ofMinutes(10))
		.build();

	private final EmbeddingStoreFile storeFile;

	/** Without a disk cache: for plain unit tests and benchmarks in other packages. */
	public Embedder(EmbeddingModel model, Scheduler embeddingScheduler) {
		this(model, embeddingScheduler, null);
	}

	@Autowired
	public Embedder(EmbeddingModel model, Scheduler embeddingScheduler, EmbeddingProperties properties) {
		this.model = model;
		this.scheduler = embeddingScheduler;
		this.storeFile = (properties != null) ? new EmbeddingStoreFile(properties.cacheDirOrDefault()) : null;
	}

	/**
	 * Embeds a fixed set of texts (an exemplar bank, the cards) at start-up, reusing the
	 * vectors cached on disk by an earlier run when the texts are unchanged.
	 * @param name a name for the set, used in the cache file name
	 * @param texts the texts
	 * @return one unit vector per text, in order
	 */
	public List<float[]> embedAll(String name, List<String> texts) {
		if (this.storeFile != null) {
			List<float[]> cached = this.storeFile.read(name, texts);
			if (cached != null) {
				return cached;
			}
		}
		// Straight to the model: a bank of fixed texts would only crowd the per-turn cache.
		List<float[]> vectors = texts.stream().map((text) -> normalise(this.model.embed(text).content().vector())).toList();
		if (this.storeFile != null) {
			this.storeFile.write(name, texts, vectors);
		}
		return vectors;
	}

	/** Embeds off the event loop; safe to call from any reactive pipeline. */
	public Mono<float[]> embed(String text) {
		float[] cached = this.recent.getIfPresent(text);
		if (cached != null) {
			return Mono.just(cached);
		}
		return Mono.fromCallable(() -> embedNow(text)).subscribeOn(this.scheduler);
	}

	/** Embeds on the calling thread: for start-up indexing, benchmarks and plain unit tests. */
	public float[] embedNow(String text) {
		return this.recent.get(text, (key) -> normalise(this.model.embed(key).content().vector()));
	}

	/** Cosine similarity of two vectors produced by this class (both unit length). */
	public static double similarity(float[] a, float[] b) {
		double dot = 0;
		for (int i = 0; i < a.length; i++) {
			dot += a[i] * b[i];
		}
		return dot;
	}

	private static float[] normalise(float[] vector) {
		double norm = 0;
		for (float v : vector) {
			norm += v * v;
		}
		norm = Math.sqrt(norm);
		float[] unit = new float[vector.length];
		for (int i = 0; i < vector.length; i++) {
			unit[i] = (float) (vector[i] / (norm == 0 ? 1 : norm));
		}
		return unit;
	}

}
