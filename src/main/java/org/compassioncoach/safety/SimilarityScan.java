package org.compassioncoach.safety;

import java.util.List;

/**
 * One level's exemplar vectors, laid out so that the similarity of a sentence to every one of
 * them is computed on the CPU's vector units.
 *
 * <p>A dot product per exemplar is a float sum the JIT will not reorder, so it runs one product
 * at a time. Here the exemplars are cut into blocks of {@value #BLOCK}, and each block keeps one
 * array per dimension; a scan adds "query[d] times column d" into the block's similarities for
 * every dimension. Those loops read and write arrays at the same index, which Java 17's JIT runs
 * eight floats at a time: a scan of 2 222 vectors took 0.10 ms instead of 0.40 ms
 * (docs/PERFORMANCE.md, twelfth session). The sums are in another order than a row's dot
 * product, so a similarity can differ from it in the seventh decimal place.
 */
final class SimilarityScan {

	/** Exemplars per block: a block's similarities (1 KiB) stay in the first-level cache. */
	static final int BLOCK = 256;

	/** {@code columns[block * dimensions + d]}: dimension d of each of the block's exemplars. */
	private final float[][] columns;

	private final int count;

	private final int dimensions;

	/** @param vectors unit vectors, all of {@code dimensions} floats */
	SimilarityScan(List<float[]> vectors, int dimensions) {
		this.count = vectors.size();
		this.dimensions = dimensions;
		int blocks = (this.count + BLOCK - 1) / BLOCK;
		this.columns = new float[blocks * dimensions][];
		for (int block = 0; block < blocks; block++) {
			int first = block * BLOCK;
			int size = Math.min(BLOCK, this.count - first);
			for (int d = 0; d < dimensions; d++) {
				float[] column = new float[size];
				for (int j = 0; j < size; j++) {
					column[j] = vectors.get(first + j)[d];
				}
				this.columns[block * dimensions + d] = column;
			}
		}
	}

	/** The similarity of {@code query} to each exemplar, in the order they were given. */
	float[] similarities(float[] query) {
		float[] similarities = new float[this.count];
		int dimensions = this.dimensions;
		for (int block = 0, first = 0; first < this.count; block++, first += BLOCK) {
			int size = Math.min(BLOCK, this.count - first);
			// Summed apart and copied after: written at an offset into similarities, the loops
			// would no longer index their arrays alike, and the JIT would not vectorise them.
			float[] sums = new float[size];
			int column = block * dimensions;
			int d = 0;
			for (; d + 3 < dimensions; d += 4) {
				addFour(sums, this.columns[column + d], this.columns[column + d + 1], this.columns[column + d + 2],
						this.columns[column + d + 3], query[d], query[d + 1], query[d + 2], query[d + 3]);
			}
			for (; d < dimensions; d++) {
				add(sums, this.columns[column + d], query[d]);
			}
			System.arraycopy(sums, 0, similarities, first, size);
		}
		return similarities;
	}

	/** Four dimensions in one pass: a quarter of the loads and stores of {@code sums}. */
	private static void addFour(float[] sums, float[] c0, float[] c1, float[] c2, float[] c3, float q0, float q1,
			float q2, float q3) {
		for (int j = 0; j < sums.length; j++) {
			sums[j] += (q0 * c0[j] + q1 * c1[j]) + (q2 * c2[j] + q3 * c3[j]);
		}
	}

	private static void add(float[] sums, float[] column, float q) {
		for (int j = 0; j < sums.length; j++) {
			sums[j] += q * column[j];
		}
	}

}
