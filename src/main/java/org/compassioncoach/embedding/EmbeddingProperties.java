package org.compassioncoach.embedding;

import java.nio.file.Path;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The embedding model's threads, and where computed embeddings of the fixed texts (cards,
 * exemplar banks) are cached between runs, so a restart does not embed them again.
 *
 * @param cacheDir the cache folder; unset = {@code compassion-coach-embeddings} under the
 * system temporary folder. A folder that cannot be written only costs start-up time.
 * @param workers threads that embed messages; unset = {@link #defaultWorkers(int)}
 */
@Validated
@ConfigurationProperties("coach.embedding")
public record EmbeddingProperties(Path cacheDir, @Min(1) @Max(256) Integer workers) {

	public Path cacheDirOrDefault() {
		return (this.cacheDir != null) ? this.cacheDir
				: Path.of(System.getProperty("java.io.tmpdir"), "compassion-coach-embeddings");
	}

	public int workersOrDefault() {
		return (this.workers != null) ? this.workers : defaultWorkers(Runtime.getRuntime().availableProcessors());
	}

	/**
	 * Twice as many threads as Reactor Netty's event loops ({@code max(4, cores)}). Every turn's
	 * first sentence waits for its message to be embedded, while the event loops stream the
	 * replies already under way; when the cores are saturated the kernel shares them out by
	 * runnable thread, and with one thread per core (plus one) this stage got so small a share
	 * that, at 100 streams on 2 cores, turns queued about 0.5 s for it before the model was
	 * asked. With 8 threads that wait fell to 0.13 to 0.26 s (docs/PERFORMANCE.md).
	 */
	static int defaultWorkers(int cores) {
		return 2 * Math.max(4, cores);
	}

}
