package org.compassioncoach.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SimilarityScanTests {

	@ParameterizedTest(name = "{0} exemplars of {1} dimensions")
	@CsvSource({ "0, 384", "1, 384", "255, 384", "256, 384", "2222, 384", "300, 7", "3, 2" })
	void givesEachExemplarsDotProductWithTheQueryInTheOrderGiven(int count, int dimensions) {
		Random random = new Random(count * 31L + dimensions);
		List<float[]> exemplars = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			exemplars.add(unit(random, dimensions));
		}
		float[] query = unit(random, dimensions);

		float[] similarities = new SimilarityScan(exemplars, dimensions).similarities(query);

		assertThat(similarities).hasSize(count);
		for (int i = 0; i < count; i++) {
			double expected = 0;
			for (int d = 0; d < dimensions; d++) {
				expected += (double) exemplars.get(i)[d] * query[d];
			}
			assertThat((double) similarities[i]).as("exemplar %d", i).isCloseTo(expected, within(1e-5));
		}
	}

	private static float[] unit(Random random, int dimensions) {
		float[] vector = new float[dimensions];
		double norm = 0;
		for (int d = 0; d < dimensions; d++) {
			vector[d] = (float) random.nextGaussian();
			norm += vector[d] * vector[d];
		}
		for (int d = 0; d < dimensions; d++) {
			vector[d] /= (float) Math.sqrt(norm);
		}
		return vector;
	}

}
