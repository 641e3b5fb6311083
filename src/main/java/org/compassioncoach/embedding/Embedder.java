package org.compassioncoach.embedding;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

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

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private final EmbeddingModel model;

	private final Scheduler scheduler;

	private final Cache<String, float[]> recent = Caffeine.newBuilder()
		.maximumSize(2_000)
		.expireAfterAccess(Duration.ofMinutes(10))
		.build();

	/** The disk cache; {@code null} for plain tests, which also compute instead of reading packaged vectors. */
	private final EmbeddingStoreFile storeFile;

	/** Without a disk cache or packaged vectors: for plain unit tests and benchmarks in other packages. */
	public Embedder(EmbeddingModel model, Scheduler embeddingScheduler) {
		this.model = model;
		this.scheduler = embeddingScheduler;
		this.storeFile = null;
	}

	@Autowired
	public Embedder(EmbeddingModel model, Scheduler embeddingScheduler, EmbeddingProperties properties) {
		this.model = model;
		this.scheduler = embeddingScheduler;
		this.storeFile = new EmbeddingStoreFile(properties.cacheDirOrDefault());
	}

	/**
	 * Embeds a fixed set of texts (an exemplar bank, the cards) at start-up, reusing the
	 * vectors cached on disk by an earlier run when the texts are unchanged, else the vectors
	 * packaged with the service ({@link PackagedVectors}) for the texts they cover.
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
		Map<Long, float[]> packaged = (this.storeFile != null) ? PackagedVectors.read(name) : Map.of();
		// Straight to the model: a bank of fixed texts would only crowd the per-turn cache. Each
		// embedding runs on one thread (see SingleThreadOnnxModel), so a cold start spreads the
		// texts over the cores; the order of the vectors stays the order of the texts.
		float[][] computed = new float[texts.size()][];
		IntStream.range(0, texts.size()).parallel().forEach((i) -> {
			float[] shipped = packaged.get(PackagedVectors.key(texts.get(i)));
			computed[i] = (shipped != null) ? shipped : unit(this.model.embed(texts.get(i)).content().vector());
		});
		List<float[]> vectors = List.of(computed);
		if (this.storeFile != null) {
			this.storeFile.write(name, texts, vectors);
		}
		return vectors;
	}

	/** Embeds off the event loop; safe to call from any reactive pipeline. */
	public Mono<float[]> embed(String text) {
		float[] cached = this.recent.getIfPresent(cacheKey(text));
		if (cached != null) {
			return Mono.just(cached);
		}
		return Mono.fromCallable(() -> embedNow(text)).subscribeOn(this.scheduler);
	}

	/** Embeds on the calling thread: for start-up indexing, benchmarks and plain unit tests. */
	public float[] embedNow(String text) {
		return this.recent.get(cacheKey(text), (key) -> unit(this.model.embed(key).content().vector()));
	}

	/**
	 * The text as the model's uncased tokenizer sees it: lower case, white space runs as one
	 * space. Texts with the same key get the same vector, so the safety check's lower-cased copy
	 * of a message and retrieval's original share one embedding instead of paying for two.
	 */
	static String cacheKey(String text) {
		return WHITESPACE.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
	}

	/** Cosine similarity of two vectors produced by this class (both unit length). */
	public static double similarity(float[] a, float[] b) {
		// Four independent sums instead of one: the additions no longer wait on each other, so a
		// retrieval (hundreds of these per turn) costs a third of the time. Same products, same
		// result up to the last bits of a double.
		double s0 = 0;
		double s1 = 0;
		double s2 = 0;
		double s3 = 0;
		int i = 0;
		for (int end = a.length - 3; i < end; i += 4) {
			s0 += a[i] * b[i];
			s1 += a[i + 1] * b[i + 1];
			s2 += a[i + 2] * b[i + 2];
			s3 += a[i + 3] * b[i + 3];
		}
		for (; i < a.length; i++) {
			s0 += a[i] * b[i];
		}
		return (s0 + s1) + (s2 + s3);
	}

	/** The vector scaled to unit length. */
	static float[] unit(float[] vector) {
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
