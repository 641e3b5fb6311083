package org.compassioncoach.safety;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.compassioncoach.embedding.PackagedVectors;
import org.springframework.core.io.ClassPathResource;

/**
 * The exemplar bank's vectors computed ahead of time (int8-quantised), one file per sentence
 * model (MiniLM, and the second opinion's bge-small), so start-up embeds only
 * sentences the file does not hold. Each is found by a hash of the sentence as written, so
 * start-up need not normalise the bank; the hash of its normalised form is stored beside it, so
 * {@code StoredVectorsTests} notices when a change to the normaliser makes a vector stale.
 */
final class StoredVectors {

	/** MiniLM's vectors: the bank's neighbourhoods and the crisis probe. */
	static final String MINILM = "safety/exemplar-vectors.bin";

	/** The second opinion model's vectors: the second opinion's probe. */
	static final String SECOND_OPINION = "safety/exemplar-vectors-bge.bin";

	private static final int MAGIC = 0x43435632;

	private StoredVectors() {
	}

	/** The stored vectors by the key of the sentence as written; empty when the file is absent. */
	static Map<Long, Stored> read(String name) {
		ClassPathResource resource = new ClassPathResource(name);
		if (!resource.exists()) {
			return Map.of();
		}
		try (InputStream raw = resource.getInputStream();
				DataInputStream in = new DataInputStream(new BufferedInputStream(raw))) {
			if (in.readInt() != MAGIC) {
				throw new IllegalStateException(name + " is not an exemplar vector file of this version");
			}
			int count = in.readInt();
			int dimensions = in.readInt();
			Map<Long, Stored> vectors = new HashMap<>(count * 2);
			byte[] quantised = new byte[dimensions];
			for (int i = 0; i < count; i++) {
				long key = in.readLong();
				long normalisedKey = in.readLong();
				float scale = in.readFloat();
				in.readFully(quantised);
				vectors.put(key, new Stored(normalisedKey, unit(quantised, scale)));
			}
			return vectors;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void write(Map<Long, Stored> vectors, OutputStream target) throws IOException {
		DataOutputStream out = new DataOutputStream(target);
		int dimensions = vectors.values().iterator().next().vector().length;
		out.writeInt(MAGIC);
		out.writeInt(vectors.size());
		out.writeInt(dimensions);
		for (Map.Entry<Long, Stored> entry : new java.util.TreeMap<>(vectors).entrySet()) {
			float[] vector = entry.getValue().vector();
			float max = 0;
			for (float v : vector) {
				max = Math.max(max, Math.abs(v));
			}
			float scale = (max == 0) ? 1 : max / 127f;
			out.writeLong(entry.getKey());
			out.writeLong(entry.getValue().normalisedKey());
			out.writeFloat(scale);
			for (float v : vector) {
				out.writeByte(Math.round(v / scale));
			}
		}
		out.flush();
	}

	/** A stable key for a sentence, as for the other packaged vectors. */
	static long key(String text) {
		return PackagedVectors.key(text);
	}

	private static float[] unit(byte[] quantised, float scale) {
		float[] vector = new float[quantised.length];
		double norm = 0;
		for (int i = 0; i < quantised.length; i++) {
			vector[i] = quantised[i] * scale;
			norm += vector[i] * vector[i];
		}
		norm = Math.sqrt(norm);
		for (int i = 0; i < vector.length; i++) {
			vector[i] = (float) (vector[i] / norm);
		}
		return vector;
	}

	/** One stored vector, and the key of the normalised sentence it was computed from. */
	record Stored(long normalisedKey, float[] vector) {
	}

}
