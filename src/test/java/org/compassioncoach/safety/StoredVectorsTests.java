package org.compassioncoach.safety;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.compassioncoach.embedding.Embedder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The precomputed exemplar vectors cover the whole bank and match their model (regenerate them
 * with {@code ./mvnw -q test -Dtest=StoredVectorsTests -Dsafety.vectors.write=true}).
 */
class StoredVectorsTests {

	@ParameterizedTest
	@ValueSource(strings = { StoredVectors.MINILM, StoredVectors.SECOND_OPINION })
	void storedVectorsCoverEveryExemplarAndMatchTheirModel(String resource) throws IOException {
		TextNormaliser normaliser = TextNormaliser.standard();
		Function<String, float[]> model = resource.equals(StoredVectors.MINILM) ? TestEmbeddings::embed
				: TestEmbeddings::secondOpinion;
		if (Boolean.getBoolean("safety.vectors.write")) {
			Map<Long, StoredVectors.Stored> vectors = new LinkedHashMap<>();
			for (ExemplarBank.Labelled labelled : ExemplarBank.read()) {
				String normalised = normaliser.normalise(labelled.text());
				vectors.put(StoredVectors.key(labelled.text()),
						new StoredVectors.Stored(StoredVectors.key(normalised), model.apply(normalised)));
			}
			try (OutputStream out = Files.newOutputStream(Path.of("src/main/resources", resource))) {
				StoredVectors.write(vectors, out);
			}
			return;
		}
		Map<Long, StoredVectors.Stored> stored = StoredVectors.read(resource);
		int checked = 0;
		for (ExemplarBank.Labelled labelled : ExemplarBank.read()) {
			String normalised = normaliser.normalise(labelled.text());
			StoredVectors.Stored vector = stored.get(StoredVectors.key(labelled.text()));
			// Missing, or computed from what the normaliser made of the sentence before a change.
			assertThat(vector != null && vector.normalisedKey() == StoredVectors.key(normalised))
				.as("stale " + resource + ": regenerate it for: " + labelled.text())
				.isTrue();
			if (checked++ % 25 == 0) {
				assertThat(Embedder.similarity(vector.vector(), model.apply(normalised))).isGreaterThan(0.999);
			}
		}
	}

}
