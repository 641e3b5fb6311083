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
 * The exemplar bank's vectors computed ahead of time (int8-quantised, keyed by a hash of the
 * normalised sentence), so start-up embeds only sentences the file does not hold.
 */
final class StoredVectors {

	static final String RESOURCE = "safety/exemplar-vectors.bin";

	private static final int MAGIC = 0x43435631;

	private StoredVectors() {
	}

	/** The stored vectors by key; empty when the file is absent. */
	static Map<Long, float[]> read() {
		ClassPathResource resource = new ClassPathResource(RESOURCE);
		if (!resource.exists()) {
			return Map.of();
		}
		try (InputStream raw = resource.getInputStream();
				DataInputStream in = new DataInputStream(new BufferedInputStream(raw))) {
			if (in.readInt() != MAGIC) {
				throw new IllegalStateException(RESOURCE + " is not an exemplar vector file");
			}
			int count = in.readInt();
			int dimensions = in.readInt();
			Map<Long, float[]> vectors = new HashMap<>(count * 2);
			byte[] quantised = new byte[dimensions];
			for (int i = 0; i < count; i++) {
				long key = in.readLong();
				float scale = in.readFloat();
				in.readFully(quantised);
				vectors.put(key, unit(quantised, scale));
			}
			return vectors;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void write(Map<Long, float[]> vectors, OutputStream target) throws IOException {
		DataOutputStream out = new DataOutputStream(target);
		int dimensions = vectors.values().iterator().next().length;
		out.writeInt(MAGIC);
		out.writeInt(vectors.size());
		out.writeInt(dimensions);
		for (Map.Entry<Long, float[]> entry : new java.util.TreeMap<>(vectors).entrySet()) {
			float max = 0;
			for (float v : entry.getValue()) {
				max = Math.max(max, Math.abs(v));
			}
			float scale = (max == 0) ? 1 : max / 127f;
			out.writeLong(entry.getKey());
			out.writeFloat(scale);
			for (float v : entry.getValue()) {
				out.writeByte(Math.round(v / scale));
			}
		}
		out.flush();
	}

	/** A stable key for a normalised sentence, as for the other packaged vectors. */
	static long key(String normalised) {
		return PackagedVectors.key(normalised);
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

}
