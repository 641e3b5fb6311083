package org.compassioncoach.embedding;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * A file of vectors for one fixed list of texts, named by a hash of the texts and the model,
 * so any change to a card or an exemplar simply misses the cache.
 */
final class EmbeddingStoreFile {

	private static final Log logger = LogFactory.getLog(EmbeddingStoreFile.class);

	/** Changes whenever the model or the normalisation changes. */
	private static final String MODEL_VERSION = "all-minilm-l6-v2-q/unit/1";

	private final Path dir;

	EmbeddingStoreFile(Path dir) {
		this.dir = dir;
	}

	List<float[]> read(String name, List<String> texts) {
		Path file = file(name, texts);
		if (!Files.isReadable(file)) {
			return null;
		}
		// Buffered: unbuffered, every float was its own read() call and a warm start spent
		// over a second reading 1 MB.
		try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
			int count = in.readInt();
			int dimensions = in.readInt();
			if (count != texts.size()) {
				return null;
			}
			List<float[]> vectors = new ArrayList<>(count);
			for (int i = 0; i < count; i++) {
				float[] vector = new float[dimensions];
				for (int d = 0; d < dimensions; d++) {
					vector[d] = in.readFloat();
				}
				vectors.add(vector);
			}
			return vectors;
		}
		catch (IOException ex) {
			logger.warn("Ignoring an unreadable embedding cache file " + file + ": " + ex.getMessage());
			return null;
		}
	}

	void write(String name, List<String> texts, List<float[]> vectors) {
		Path file = file(name, texts);
		try {
			Files.createDirectories(this.dir);
			Path temporary = Files.createTempFile(this.dir, name, ".tmp");
			try (DataOutputStream out = new DataOutputStream(
					new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16))) {
				out.writeInt(vectors.size());
				out.writeInt(vectors.isEmpty() ? 0 : vectors.get(0).length);
				for (float[] vector : vectors) {
					for (float value : vector) {
						out.writeFloat(value);
					}
				}
			}
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			// Only costs time at the next start-up.
			logger.warn("Could not cache embeddings in " + this.dir + ": " + ex.getMessage());
		}
	}

	private Path file(String name, List<String> texts) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(MODEL_VERSION.getBytes(StandardCharsets.UTF_8));
			for (String text : texts) {
				digest.update(text.getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
			}
			String hash = HexFormat.of().formatHex(digest.digest()).substring(0, 24);
			return this.dir.resolve(name.replaceAll("[^a-z0-9-]", "-") + "-" + hash + ".vectors");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
