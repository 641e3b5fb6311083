package org.compassioncoach.safety;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The crisis probe learns which direction of the space the crisis examples lie in, gives the
 * same answer every time it is trained on the same examples, and has no opinion without both
 * kinds of example.
 */
class CrisisProbeTests {

	/** Unit vectors in three dimensions: crises lean towards the first axis, the rest towards the second. */
	private static final float[] CRISIS = { 0.9f, 0.3f, 0.3f, 0.8f, 0.2f, 0.56f, 0.95f, 0.1f, 0.29f };

	private static final float[] OTHERS = { 0.3f, 0.9f, 0.3f, 0.2f, 0.8f, 0.56f, 0.1f, 0.95f, 0.29f, 0.25f, 0.9f, 0.36f };

	@Test
	void aVectorOnTheCrisisSideIsLikelierACrisisThanOneOnTheOtherSide() {
		CrisisProbe probe = CrisisProbe.train(CrisisProbe.MINILM, 3, CRISIS, OTHERS);
		assertThat(probe.crisisProbability(new float[] { 0.95f, 0.2f, 0.24f })).isGreaterThan(0.5);
		assertThat(probe.crisisProbability(new float[] { 0.2f, 0.95f, 0.24f })).isLessThan(0.5);
	}

	@Test
	void trainingTwiceOnTheSameExamplesGivesTheSameProbe() {
		float[] message = { 0.6f, 0.6f, 0.53f };
		assertThat(CrisisProbe.train(CrisisProbe.MINILM, 3, CRISIS, OTHERS).crisisProbability(message))
			.isEqualTo(CrisisProbe.train(CrisisProbe.MINILM, 3, CRISIS, OTHERS).crisisProbability(message));
	}

	@Test
	void withoutExamplesOfBothKindsTheProbeHasNoOpinion() {
		CrisisProbe probe = CrisisProbe.train(CrisisProbe.MINILM, 3, CRISIS, new float[0]);
		assertThat(probe.crisisProbability(new float[] { 0.95f, 0.2f, 0.24f })).isCloseTo(0.5, within(1e-9));
	}

}
