package org.compassioncoach.safety;

import java.util.Arrays;

/**
 * A second opinion on a whole message: a logistic regression over its embedding, crisis against
 * everything else, trained on the exemplar bank whenever a bank is built.
 *
 * <p>The bank decides by neighbourhoods, which cannot tell two messages apart that share most
 * of their words ("gave the cat to my sister while I'm on placement" and "...won't need her
 * where I'm going"). A linear model over the same vectors weighs every direction of the space
 * against all the bank's labels at once. It doubts a crisis that similarity alone found (which
 * is then met as distress with a direct question, never silenced), and finds one in a whole
 * message it is sure of; the rules and the framings still come first (docs/SAFETY.md, tenth
 * session).
 *
 * <p>Training is deterministic: full-batch gradient descent with Nesterov momentum on the
 * class-balanced logistic loss with L2 regularisation, a fixed number of steps from zero.
 */
final class CrisisProbe {

	/**
	 * How the probe over MiniLM's vectors alone trains: inverse regularisation strength as
	 * scikit-learn's {@code C} (1 was best of 0.3 to 30), and 120 steps (250 changed one
	 * development-set message; 60 lost seven crises).
	 */
	static final Training MINILM = new Training(1.0, 120);

	/**
	 * How the second opinion trains, over both models' vectors: on the development sets, each
	 * left out, C 1, 2, 4 and 8 with 300 steps found 1369 (at 120 steps), 1378, 1385 and 1381
	 * crises of 1488, with 57, 51, 52 and 55 of 1425 ordinary messages read as crisis.
	 */
	static final Training SECOND_OPINION = new Training(4.0, 300);

	private final float[] weights;

	private final double bias;

	private CrisisProbe(float[] weights, double bias) {
		this.weights = weights;
		this.bias = bias;
	}

	/** A probe trained before, as {@link #weights()} and {@link #bias()} gave it. */
	static CrisisProbe of(float[] weights, double bias) {
		return new CrisisProbe(weights.clone(), bias);
	}

	float[] weights() {
		return this.weights.clone();
	}

	double bias() {
		return this.bias;
	}

	/**
	 * Trains on packed vectors (each {@code dimensions} floats long, end to end).
	 * @param training the regularisation and the number of steps
	 * @param dimensions the length of one vector
	 * @param crisis every crisis exemplar's vector
	 * @param others every other exemplar's vector, one array per level (ordinary, distress)
	 */
	static CrisisProbe train(Training training, int dimensions, float[] crisis, float[]... others) {
		int positives = (dimensions == 0) ? 0 : crisis.length / dimensions;
		int negatives = 0;
		for (float[] level : others) {
			negatives += (dimensions == 0) ? 0 : level.length / dimensions;
		}
		int count = positives + negatives;
		if (positives == 0 || negatives == 0) {
			return new CrisisProbe(new float[dimensions], 0);
		}
		// Class-balanced weights, and the loss averaged over all examples.
		double positiveWeight = count / (2.0 * positives) / count;
		double negativeWeight = count / (2.0 * negatives) / count;
		double lambda = 1.0 / (training.c() * count);
		// The vectors are unit length, so with the bias the loss's curvature is at most a half.
		double step = 1.0 / (0.5 + lambda);
		double[] w = new double[dimensions];
		double[] previous = new double[dimensions];
		double[] look = new double[dimensions];
		double[] gradient = new double[dimensions];
		// Float copies of the look-ahead weights and of the gradient's sum keep the inner loops
		// vectorisable: training runs at every start-up, and float precision is far finer than
		// the labels are.
		float[] lookWeights = new float[dimensions];
		float[] sum = new float[dimensions];
		double b = 0;
		double previousBias = 0;
		for (int k = 1; k <= training.steps(); k++) {
			double momentum = (k - 1.0) / (k + 2.0);
			for (int i = 0; i < dimensions; i++) {
				look[i] = w[i] + momentum * (w[i] - previous[i]);
				lookWeights[i] = (float) look[i];
				gradient[i] = lambda * look[i];
			}
			double lookBias = b + momentum * (b - previousBias);
			double biasGradient = accumulate(crisis, dimensions, lookWeights, lookBias, 1, positiveWeight, sum, gradient);
			for (float[] level : others) {
				biasGradient += accumulate(level, dimensions, lookWeights, lookBias, -1, negativeWeight, sum, gradient);
			}
			System.arraycopy(w, 0, previous, 0, dimensions);
			previousBias = b;
			for (int i = 0; i < dimensions; i++) {
				w[i] = look[i] - step * gradient[i];
			}
			b = lookBias - step * biasGradient;
		}
		float[] weights = new float[dimensions];
		for (int i = 0; i < dimensions; i++) {
			weights[i] = (float) w[i];
		}
		return new CrisisProbe(weights, b);
	}

	/**
	 * Adds one class's share of the loss gradient into {@code gradient}, summing in
	 * {@code sum} (cleared here); returns its bias share.
	 */
	private static double accumulate(float[] packed, int dimensions, float[] weights, double b, int label, double weight,
			float[] sum, double[] gradient) {
		Arrays.fill(sum, 0);
		double biasGradient = 0;
		for (int offset = 0; offset < packed.length; offset += dimensions) {
			double z = b + PackedVectors.dot(packed, offset, weights, dimensions);
			// d/dz of log(1 + e^(-label * z)), weighted.
			double coefficient = -label * weight / (1 + Math.exp(label * z));
			float c = (float) coefficient;
			for (int j = 0; j < dimensions; j++) {
				sum[j] += c * packed[offset + j];
			}
			biasGradient += coefficient;
		}
		for (int i = 0; i < dimensions; i++) {
			gradient[i] += sum[i];
		}
		return biasGradient;
	}

	/** How likely the bank's labels make it that a message with this vector is a crisis. */
	double crisisProbability(float[] vector) {
		double z = this.bias + PackedVectors.dot(this.weights, 0, vector, this.weights.length);
		return 1 / (1 + Math.exp(-z));
	}

	/**
	 * @param c inverse regularisation strength, as scikit-learn's {@code C}
	 * @param steps steps of gradient descent from zero
	 */
	record Training(double c, int steps) {
	}

}
