package org.compassioncoach.safety;

/**
 * Dot products over vectors packed end to end in one float array, as the crisis probes train on
 * them and weigh a message (the bank's scan uses {@link SimilarityScan} instead).
 */
final class PackedVectors {

	private PackedVectors() {
	}

	/**
	 * The dot product of {@code vector} with the {@code length} floats of {@code packed} from
	 * {@code offset}. Eight float sums: the additions do not wait on each other and the JIT can
	 * vectorise them. Float sums of 384 products of unit vectors agree with double ones to about
	 * 1e-6, far below any threshold's resolution.
	 */
	static float dot(float[] packed, int offset, float[] vector, int length) {
		float s0 = 0;
		float s1 = 0;
		float s2 = 0;
		float s3 = 0;
		float s4 = 0;
		float s5 = 0;
		float s6 = 0;
		float s7 = 0;
		int i = 0;
		for (int end = length - 7; i < end; i += 8) {
			s0 += packed[offset + i] * vector[i];
			s1 += packed[offset + i + 1] * vector[i + 1];
			s2 += packed[offset + i + 2] * vector[i + 2];
			s3 += packed[offset + i + 3] * vector[i + 3];
			s4 += packed[offset + i + 4] * vector[i + 4];
			s5 += packed[offset + i + 5] * vector[i + 5];
			s6 += packed[offset + i + 6] * vector[i + 6];
			s7 += packed[offset + i + 7] * vector[i + 7];
		}
		for (; i < length; i++) {
			s0 += packed[offset + i] * vector[i];
		}
		return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
	}

}
