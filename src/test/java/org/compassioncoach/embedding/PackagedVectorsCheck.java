package org.compassioncoach.embedding;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import reactor.core.scheduler.Schedulers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks that a component's packaged vectors cover every text it embeds at start-up and match
 * the model; with {@code -Dembedding.vectors.write=true} it rewrites them instead, e.g.
 * {@code ./mvnw -q test -Dtest='Packaged*' -Dembedding.vectors.write=true} after changing cards.
 */
public final class PackagedVectorsCheck {

	private PackagedVectorsCheck() {
	}

	/**
	 * @param name the set's name, as the component passes it to {@link Embedder#embedAll}
	 * @param build builds the component with the embedder it is given
	 */
	public static void verifyOrWrite(String name, Consumer<Embedder> build) throws IOException {
		Recording recording = new Recording(name);
		build.accept(recording);
		assertThat(recording.texts).as("texts %s embeds at start-up", name).isNotEmpty();
		if (Boolean.getBoolean("embedding.vectors.write")) {
			Map<Long, float[]> vectors = new LinkedHashMap<>();
			for (int i = 0; i < recording.texts.size(); i++) {
				vectors.put(PackagedVectors.key(recording.texts.get(i)), recording.vectors.get(i));
			}
			Path file = Path.of("src/main/resources", PackagedVectors.resource(name));
			Files.createDirectories(file.getParent());
			try (OutputStream out = Files.newOutputStream(file)) {
				PackagedVectors.write(vectors, out);
			}
			return;
		}
		Map<Long, float[]> packaged = PackagedVectors.read(name);
		for (int i = 0; i < recording.texts.size(); i++) {
			float[] shipped = packaged.get(PackagedVectors.key(recording.texts.get(i)));
			assertThat(shipped).as("stale %s: regenerate it (see PackagedVectorsCheck) for: %s",
					PackagedVectors.resource(name), recording.texts.get(i))
				.isNotNull();
			assertThat(Embedder.similarity(shipped, recording.vectors.get(i))).isGreaterThan(0.9999);
		}
	}

	/** An embedder without caches that notes what one set asks for. */
	private static final class Recording extends Embedder {

		private final String name;

		private final List<String> texts = new ArrayList<>();

		private final List<float[]> vectors = new ArrayList<>();

		Recording(String name) {
			super(new AllMiniLmL6V2QuantizedEmbeddingModel(), Schedulers.immediate());
			this.name = name;
		}

		@Override
		public List<float[]> embedAll(String set, List<String> texts) {
			List<float[]> computed = super.embedAll(set, texts);
			if (set.equals(this.name)) {
				this.texts.addAll(texts);
				this.vectors.addAll(computed);
			}
			return computed;
		}

	}

}
