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

	/** How close a sentence is to each level and category of the bank. */
	Scores score(float[] vector) {
		double[] best = new double[SafetyLevel.values().length];
		java.util.Arrays.fill(best, -1);
		Exemplar nearestCrisis = null;
		Exemplar nearestDistress = null;
		for (Exemplar exemplar : this.exemplars) {
			double similarity = Embedder.similarity(vector, exemplar.vector());
			int index = exemplar.level().ordinal();
			if (similarity > best[index]) {
				best[index] = similarity;
				if (exemplar.level() == SafetyLevel.CRISIS) {
					nearestCrisis = exemplar;
				}
				else if (exemplar.level() == SafetyLevel.DISTRESS) {
					nearestDistress = exemplar;
				}
			}
		}
		return new Scores(best[SafetyLevel.NONE.ordinal()], best[SafetyLevel.DISTRESS.ordinal()],
				best[SafetyLevel.CRISIS.ordinal()], (nearestCrisis != null) ? nearestCrisis.category() : "",
				(nearestDistress != null) ? nearestDistress.category() : "");
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
	 * The nearest exemplar's similarity at each level.
	 *
	 * @param none closest ordinary sentence
	 * @param distress closest distress sentence
	 * @param crisis closest crisis sentence
	 * @param crisisCategory the category of the closest crisis sentence
	 * @param distressCategory the category of the closest distress sentence
	 */
	record Scores(double none, double distress, double crisis, String crisisCategory, String distressCategory) {
	}

}
