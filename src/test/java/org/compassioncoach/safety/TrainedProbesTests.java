package org.compassioncoach.safety;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The shipped probes are the ones the packaged bank trains (regenerate them after the bank's
 * vectors, in a separate run:
 * {@code ./mvnw -q test -Dtest=TrainedProbesTests -Dsafety.probes.write=true}).
 */
class TrainedProbesTests {

	private static final ExemplarBank bank = TestEmbeddings.bank();

	@Test
	void shippedProbesAreTheOnesThePackagedBankTrains() throws IOException {
		TrainedProbes.Shipped trained = new TrainedProbes.Shipped(TrainedProbes.fingerprint(bank.exemplars()),
				bank.trainProbe(), bank.trainSecondOpinion());
		if (Boolean.getBoolean("safety.probes.write")) {
			try (OutputStream out = Files.newOutputStream(Path.of("src/main/resources", TrainedProbes.RESOURCE))) {
				TrainedProbes.write(trained, out);
			}
			return;
		}
		TrainedProbes.Shipped shipped = TrainedProbes.read();
		assertThat(shipped).as(TrainedProbes.RESOURCE + " is missing: regenerate it").isNotNull();
		assertThat(shipped.fingerprint()).as("stale " + TrainedProbes.RESOURCE + ": regenerate it")
			.isEqualTo(trained.fingerprint());
		assertSame(shipped.miniLm(), trained.miniLm());
		assertSame(shipped.secondOpinion(), trained.secondOpinion());
	}

	@Test
	void aBankWithoutADevelopmentSetIsNotTheShippedOne() {
		ExemplarBank without = bank.without("safety-writer11c.jsonl");
		assertThat(without.exemplars()).hasSizeLessThan(bank.exemplars().size());
		assertThat(TrainedProbes.fingerprint(without.exemplars())).isNotEqualTo(TrainedProbes.fingerprint(bank.exemplars()));
	}

	private static void assertSame(CrisisProbe shipped, CrisisProbe trained) {
		assertThat(shipped.bias()).isCloseTo(trained.bias(), within(1e-9));
		float[] expected = trained.weights();
		float[] actual = shipped.weights();
		assertThat(actual).hasSameSizeAs(expected);
		for (int i = 0; i < expected.length; i++) {
			assertThat(actual[i]).as("weight " + i).isCloseTo(expected[i], within(1e-6f));
		}
	}

}
