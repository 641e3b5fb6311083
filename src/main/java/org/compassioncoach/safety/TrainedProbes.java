package org.compassioncoach.safety;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.core.io.ClassPathResource;

/**
 * The packaged bank's two probes (MiniLM's, and the second opinion's), trained ahead of time so
 * that start-up need not train them: together they took 1.2 to 1.8 s of CPU beside start-up on
 * two cores. They are used only for the bank they were trained on, known by its fingerprint (its
 * sentences and labels in order); any other bank, such as one without a development set, trains
 * its own. {@code TrainedProbesTests} fails when they are stale.
 */
final class TrainedProbes {

	static final String RESOURCE = "safety/trained-probes.bin";

	private static final int MAGIC = 0x43435031;

	private TrainedProbes() {
	}

	/** The shipped probes, or {@code null} when the file is absent. */
	static Shipped read() {
		ClassPathResource resource = new ClassPathResource(RESOURCE);
		if (!resource.exists()) {
			return null;
		}
		try (InputStream raw = resource.getInputStream();
				DataInputStream in = new DataInputStream(new BufferedInputStream(raw))) {
			if (in.readInt() != MAGIC) {
				throw new IllegalStateException(RESOURCE + " is not a trained-probe file of this version");
			}
			long fingerprint = in.readLong();
			return new Shipped(fingerprint, readProbe(in), readProbe(in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void write(Shipped probes, OutputStream target) throws IOException {
		DataOutputStream out = new DataOutputStream(target);
		out.writeInt(MAGIC);
		out.writeLong(probes.fingerprint());
		writeProbe(probes.miniLm(), out);
		writeProbe(probes.secondOpinion(), out);
		out.flush();
	}

	/** The bank's sentences and labels, in order, as one number (the same hash as a vector's key). */
	static long fingerprint(List<ExemplarBank.Exemplar> exemplars) {
		StringBuilder bank = new StringBuilder();
		for (ExemplarBank.Exemplar exemplar : exemplars) {
			bank.append(exemplar.level().name()).append('\t').append(exemplar.text()).append('\n');
		}
		return StoredVectors.key(bank.toString());
	}

	private static CrisisProbe readProbe(DataInputStream in) throws IOException {
		double bias = in.readDouble();
		float[] weights = new float[in.readInt()];
		for (int i = 0; i < weights.length; i++) {
			weights[i] = in.readFloat();
		}
		return CrisisProbe.of(weights, bias);
	}

	private static void writeProbe(CrisisProbe probe, DataOutputStream out) throws IOException {
		float[] weights = probe.weights();
		out.writeDouble(probe.bias());
		out.writeInt(weights.length);
		for (float weight : weights) {
			out.writeFloat(weight);
		}
	}

	/** Both probes of the bank with this fingerprint. */
	record Shipped(long fingerprint, CrisisProbe miniLm, CrisisProbe secondOpinion) {
	}

}
