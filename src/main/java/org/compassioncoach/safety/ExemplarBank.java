package org.compassioncoach.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.compassioncoach.embedding.Embedder;
import org.springframework.core.io.ClassPathResource;

/**
 * The semantic layer's memory: labelled example sentences from {@code safety/exemplars.yaml}
 * (crisis, distress and the {@code none} hard negatives), normalised and embedded once.
 */
final class ExemplarBank {

	static final String RESOURCE = "safety/exemplars.yaml";

	/**
	 * How many nearest exemplars per level make a neighbourhood. One exemplar can sit close to
	 * a sentence by accident of wording; five rarely do. Against the nearest exemplar alone, the
	 * neighbourhood ranked the development sets' crises above their ordinary messages more often
	 * (AUROC 0.955 to 0.972 for k = 1 and 5; 3 gave 0.968, 8 gave 0.973; docs/SAFETY.md).
	 */
	static final int NEIGHBOURS = 5;

	private final List<Exemplar> exemplars;

	private ExemplarBank(List<Exemplar> exemplars) {
		this.exemplars = List.copyOf(exemplars);
	}

	/**
	 * Reads the packaged bank; vectors come from {@link StoredVectors} where present, and
	 * {@code embed} computes the rest (start-up only).
	 */
	static ExemplarBank load(TextNormaliser normaliser, Function<String, float[]> embed) {
		Map<Long, float[]> stored = StoredVectors.read();
		List<Exemplar> exemplars = new ArrayList<>();
		for (Labelled labelled : read()) {
			String normalised = normaliser.normalise(labelled.text());
			float[] vector = stored.get(StoredVectors.key(normalised));
			exemplars.add(new Exemplar(labelled.level(), labelled.category(), labelled.text(),
					(vector != null) ? vector : embed.apply(normalised)));
		}
		return new ExemplarBank(exemplars);
	}

	List<Exemplar> exemplars() {
		return this.exemplars;
	}

	/**
	 * How close a sentence is to each level of the bank: its nearest exemplar, and the
	 * neighbourhood of its {@value #NEIGHBOURS} nearest at each level.
	 */
	Scores score(float[] vector) {
		int levels = SafetyLevel.values().length;
		// Per level, the best similarities so far, highest first.
		double[][] nearest = new double[levels][NEIGHBOURS];
		for (double[] row : nearest) {
			java.util.Arrays.fill(row, -1);
		}
		Exemplar nearestCrisis = null;
		Exemplar nearestDistress = null;
		for (Exemplar exemplar : this.exemplars) {
			double similarity = Embedder.similarity(vector, exemplar.vector());
			double[] row = nearest[exemplar.level().ordinal()];
			if (similarity <= row[NEIGHBOURS - 1]) {
				continue;
			}
			if (similarity > row[0]) {
				if (exemplar.level() == SafetyLevel.CRISIS) {
					nearestCrisis = exemplar;
				}
				else if (exemplar.level() == SafetyLevel.DISTRESS) {
					nearestDistress = exemplar;
				}
			}
			int at = NEIGHBOURS - 1;
			while (at > 0 && row[at - 1] < similarity) {
				row[at] = row[at - 1];
				at--;
			}
			row[at] = similarity;
		}
		int none = SafetyLevel.NONE.ordinal();
		int distress = SafetyLevel.DISTRESS.ordinal();
		int crisis = SafetyLevel.CRISIS.ordinal();
		return new Scores(nearest[none][0], nearest[distress][0], nearest[crisis][0], mean(nearest[none]),
				mean(nearest[distress]), mean(nearest[crisis]), (nearestCrisis != null) ? nearestCrisis.category() : "",
				(nearestDistress != null) ? nearestDistress.category() : "");
	}

	private static double mean(double[] values) {
		double sum = 0;
		for (double value : values) {
			sum += value;
		}
		return sum / values.length;
	}

	/** The raw labelled sentences of the packaged bank, for start-up and for tests. */
	static List<Labelled> read() {
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			Object root = new Yaml(new SafeConstructor(new LoaderOptions()))
				.load(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			List<Labelled> labelled = new ArrayList<>();
			for (Map.Entry<?, ?> level : ((Map<?, ?>) root).entrySet()) {
				SafetyLevel safetyLevel = SafetyLevel.valueOf(String.valueOf(level.getKey()).toUpperCase(Locale.ROOT));
				for (Map.Entry<?, ?> category : ((Map<?, ?>) level.getValue()).entrySet()) {
					for (Object text : (List<?>) category.getValue()) {
						labelled.add(new Labelled(safetyLevel, String.valueOf(category.getKey()), String.valueOf(text)));
					}
				}
			}
			return labelled;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One labelled sentence as written in the bank. */
	record Labelled(SafetyLevel level, String category, String text) {
	}

	/** One labelled sentence with its vector. */
	record Exemplar(SafetyLevel level, String category, String text, float[] vector) {
	}

	/**
	 * How close a sentence is to each level: the nearest exemplar says whether it is close to
	 * anything at all; the neighbourhoods say which level it sits closest to.
	 *
	 * @param none closest ordinary sentence
	 * @param distress closest distress sentence
	 * @param crisis closest crisis sentence
	 * @param noneAround mean similarity of the nearest ordinary sentences
	 * @param distressAround mean similarity of the nearest distress sentences
	 * @param crisisAround mean similarity of the nearest crisis sentences
	 * @param crisisCategory the category of the closest crisis sentence
	 * @param distressCategory the category of the closest distress sentence
	 */
	record Scores(double none, double distress, double crisis, double noneAround, double distressAround,
			double crisisAround, String crisisCategory, String distressCategory) {
	}

}
