package org.compassioncoach.embedding;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where computed embeddings of the fixed texts (cards, exemplar banks) are cached between
 * runs, so a restart does not embed them again.
 *
 * @param cacheDir the cache folder; unset = {@code compassion-coach-embeddings} under the
 * system temporary folder. A folder that cannot be written only costs start-up time.
 */
@Validated
@ConfigurationProperties("coach.embedding")
public record EmbeddingProperties(Path cacheDir) {

	public Path cacheDirOrDefault() {
		return (this.cacheDir != null) ? this.cacheDir
				: Path.of(System.getProperty("java.io.tmpdir"), "compassion-coach-embeddings");
	}

}
