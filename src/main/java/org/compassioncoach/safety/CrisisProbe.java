package org.compassioncoach.safety;

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

	/** Inverse regularisation strength, as scikit-learn's {@code C}: 1 was best of 0.3 to 30. */
	static final double C = 1.0;

	/** Steps of gradient descent: 250 changed one development-set message against 120; 60 lost seven crises. */
	static final int STEPS = 120;

	private final float[] weights;

	private final double bias;

	private CrisisProbe(float[] weights, double bias) {
		this.weights = weights;
		this.bias = bias;
	}

	/**
	 * Trains on packed vectors (each {@code dimensions} floats long, end to end).
	 * @param crisis every crisis exemplar's vector
	 * @param others every other exemplar's vector (ordinary and distress)
	 * @param dimensions the length of one vector
	 */
	static CrisisProbe train(float[] crisis, float[] others, int dimensions) {
		int positives = (dimensions == 0) ? 0 : crisis.length / dimensions;
		int negatives = (dimensions == 0) ? 0 : others.length / dimensions;
		int count = positives + negatives;
		if (positives == 0 || negatives == 0) {
			return new CrisisProbe(new float[dimensions], 0);
		}
		// Class-balanced weights, and the loss averaged over all examples.
		double positiveWeight = count / (2.0 * positives) / count;
		double negativeWeight = count / (2.0 * negatives) / count;
		double lambda = 1.0 / (C * count);
		// The vectors are unit length, so with the bias the loss's curvature is at most a half.
		double step = 1.0 / (0.5 + lambda);
		double[] w = new double[dimensions];
		double[] previous = new double[dimensions];
		double[] look = new double[dimensions];
		double[] gradient = new double[dimensions];
		double b = 0;
		double previousBias = 0;
		for (int k = 1; k <= STEPS; k++) {
			double momentum = (k - 1.0) / (k + 2.0);
			for (int i = 0; i < dimensions; i++) {
				look[i] = w[i] + momentum * (w[i] - previous[i]);
			}
			double lookBias = b + momentum * (b - previousBias);
			for (int i = 0; i < dimensions; i++) {
				gradient[i] = lambda * look[i];
			}
			double biasGradient = accumulate(crisis, dimensions, look, lookBias, 1, positiveWeight, gradient)
					+ accumulate(others, dimensions, look, lookBias, -1, negativeWeight, gradient);
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

	/** Adds one class's share of the loss gradient into {@code gradient}; returns its bias share. */
	private static double accumulate(float[] packed, int dimensions, double[] w, double b, int label, double weight,
			double[] gradient) {
		// Float copies and four independent sums keep both loops vectorisable: training runs at
		// every start-up, and float precision is far finer than the labels are.
		float[] weights = new float[dimensions];
		float[] sum = new float[dimensions];
		for (int i = 0; i < dimensions; i++) {
			weights[i] = (float) w[i];
		}
		double biasGradient = 0;
		for (int offset = 0; offset < packed.length; offset += dimensions) {
			float z0 = 0;
			float z1 = 0;
			float z2 = 0;
			float z3 = 0;
			int i = 0;
			for (; i + 3 < dimensions; i += 4) {
				z0 += weights[i] * packed[offset + i];
				z1 += weights[i + 1] * packed[offset + i + 1];
				z2 += weights[i + 2] * packed[offset + i + 2];
				z3 += weights[i + 3] * packed[offset + i + 3];
			}
			for (; i < dimensions; i++) {
				z0 += weights[i] * packed[offset + i];
			}
			double z = b + z0 + z1 + z2 + z3;
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
		double z = this.bias;
		for (int i = 0; i < this.weights.length; i++) {
			z += this.weights[i] * vector[i];
		}
		return 1 / (1 + Math.exp(-z));
	}

}
