package org.compassioncoach.embedding;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.io.ClassPathResource;

/**
 * Vectors of the packaged cards and exemplars, computed when they were written and shipped in
 * the jar ({@code embeddings/<name>.vectors}), so that a first start on a new machine does not
 * spend seconds embedding them. Keyed by a hash of each text: a card added or changed later is
 * simply missing here and embedded at start-up. Full precision, so a start with these vectors
 * ranks exactly as one that computed them.
 */
public final class PackagedVectors {

	private static final int MAGIC = 0x43435632;

	private PackagedVectors() {
	}

	/** Where a set's vectors live on the class path and in the source tree. */
	public static String resource(String name) {
		return "embeddings/" + name + ".vectors";
	}

	/** The packaged vectors of a set by key; empty when the set has none. */
	public static Map<Long, float[]> read(String name) {
		ClassPathResource resource = new ClassPathResource(resource(name));
		if (!resource.exists()) {
			return Map.of();
		}
		try (InputStream raw = resource.getInputStream();
				DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
			if (in.readInt() != MAGIC) {
				throw new IllegalStateException(resource(name) + " is not a packaged vector file");
			}
			int count = in.readInt();
			int dimensions = in.readInt();
			Map<Long, float[]> vectors = new HashMap<>(count * 2);
			for (int i = 0; i < count; i++) {
				long key = in.readLong();
				float[] vector = new float[dimensions];
				for (int d = 0; d < dimensions; d++) {
					vector[d] = in.readFloat();
				}
				vectors.put(key, vector);
			}
			return vectors;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes vectors by key, in key order so that the file only changes when a text does. */
	public static void write(Map<Long, float[]> vectors, OutputStream target) throws IOException {
		DataOutputStream out = new DataOutputStream(new BufferedOutputStream(target, 1 << 16));
		out.writeInt(MAGIC);
		out.writeInt(vectors.size());
		out.writeInt(vectors.isEmpty() ? 0 : vectors.values().iterator().next().length);
		for (Map.Entry<Long, float[]> entry : new TreeMap<>(vectors).entrySet()) {
			out.writeLong(entry.getKey());
			for (float v : entry.getValue()) {
				out.writeFloat(v);
			}
		}
		out.flush();
	}

	/** A stable key for a text: the first 8 bytes of its SHA-256. */
	public static long key(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			long key = 0;
			for (int i = 0; i < 8; i++) {
				key = (key << 8) | (digest[i] & 0xff);
			}
			return key;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
