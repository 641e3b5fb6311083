package org.compassioncoach.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The semantic layer's memory: labelled example sentences from {@code safety/exemplars.yaml}
 * (crisis, distress and the {@code none} hard negatives) and the labelled messages of the
 * development sets in {@code safety/labelled/}, normalised and embedded once.
 *
 * <p>The development sets are in the bank because, together, they carry to writers the detector
 * has never met: with the eleven sets of the first eight sessions in the bank, three new writers'
 * crisis recall rose from 0.65 to 0.72 with no more false alarms (docs/SAFETY.md). They are
 * measured since by leaving one set out at a time ({@link #without(String)}).
 */
final class ExemplarBank {

	static final String RESOURCE = "safety/exemplars.yaml";

	/** The development sets: messages written by independent writers, labelled, one per line. */
	static final String LABELLED = "safety/labelled/*.jsonl";

	/**
	 * How many nearest exemplars per level make a neighbourhood. One exemplar can sit close to
	 * a sentence by accident of wording; five rarely do. Against the nearest exemplar alone, the
	 * neighbourhood ranked the development sets' crises above their ordinary messages more often
	 * (AUROC 0.955 to 0.972 for k = 1 and 5; 3 gave 0.968, 8 gave 0.973; docs/SAFETY.md).
	 */
	static final int NEIGHBOURS = 5;

	private final List<Exemplar> exemplars;

	/** Per level, that level's vectors laid out for scanning. */
	private final SimilarityScan[] scans;

	/** Per level, the exemplar behind each vector in {@link #scans}, in the same order. */
	private final Exemplar[][] owners;

	private final int dimensions;

	/**
	 * Trained on this bank's labels: how crisis-like a whole message reads. The packaged bank's
	 * is shipped ({@link TrainedProbes}); any other bank trains its own, beside whatever else runs.
	 */
	private final CompletableFuture<CrisisProbe> probe;

	/**
	 * The second opinion: a probe over each message's MiniLM and second-model vectors together,
	 * which ranks crises above ordinary messages better than either alone (docs/SAFETY.md,
	 * eleventh session). Shipped or trained as the other.
	 */
	private final CompletableFuture<CrisisProbe> secondOpinion;

	private final Function<String, float[]> secondModel;

	private ExemplarBank(List<Exemplar> exemplars, Function<String, float[]> secondModel) {
		this.secondModel = secondModel;
		this.exemplars = List.copyOf(exemplars);
		this.dimensions = exemplars.isEmpty() ? 0 : exemplars.get(0).vector().length;
		int levels = SafetyLevel.values().length;
		this.scans = new SimilarityScan[levels];
		this.owners = new Exemplar[levels][];
		for (SafetyLevel level : SafetyLevel.values()) {
			Exemplar[] ofLevel = exemplars.stream().filter((exemplar) -> exemplar.level() == level).toArray(Exemplar[]::new);
			this.scans[level.ordinal()] = new SimilarityScan(Arrays.stream(ofLevel).map(Exemplar::vector).toList(),
					this.dimensions);
			this.owners[level.ordinal()] = ofLevel;
		}
		TrainedProbes.Shipped shipped = TrainedProbes.read();
		if (shipped != null && shipped.fingerprint() == TrainedProbes.fingerprint(this.exemplars)) {
			this.probe = CompletableFuture.completedFuture(shipped.miniLm());
			this.secondOpinion = CompletableFuture.completedFuture(shipped.secondOpinion());
		}
		else {
			this.probe = CompletableFuture.supplyAsync(this::trainProbe);
			this.secondOpinion = CompletableFuture.supplyAsync(this::trainSecondOpinion);
		}
	}

	/** MiniLM's probe, trained on this bank (deterministic; see {@link TrainedProbes}). */
	CrisisProbe trainProbe() {
		return CrisisProbe.train(CrisisProbe.MINILM, this.dimensions, packed(SafetyLevel.CRISIS, Exemplar::vector),
				packed(SafetyLevel.NONE, Exemplar::vector), packed(SafetyLevel.DISTRESS, Exemplar::vector));
	}

	/** The second opinion's probe, trained on this bank (deterministic). */
	CrisisProbe trainSecondOpinion() {
		Function<Exemplar, float[]> both = (exemplar) -> both(exemplar.vector(), exemplar.second());
		return CrisisProbe.train(CrisisProbe.SECOND_OPINION, 2 * this.dimensions, packed(SafetyLevel.CRISIS, both),
				packed(SafetyLevel.NONE, both), packed(SafetyLevel.DISTRESS, both));
	}

	/** One level's exemplars' vectors end to end, as the probes train on them (only when training). */
	private float[] packed(SafetyLevel level, Function<Exemplar, float[]> vectorOf) {
		Exemplar[] ofLevel = this.owners[level.ordinal()];
		int length = (ofLevel.length == 0) ? 0 : vectorOf.apply(ofLevel[0]).length;
		float[] packed = new float[ofLevel.length * length];
		for (int i = 0; i < ofLevel.length; i++) {
			System.arraycopy(vectorOf.apply(ofLevel[i]), 0, packed, i * length, length);
		}
		return packed;
	}

	/** Two unit vectors end to end, scaled so that the whole is unit length too. */
	private static float[] both(float[] first, float[] second) {
		float[] joined = new float[first.length + second.length];
		float scale = (float) Math.sqrt(0.5);
		for (int i = 0; i < first.length; i++) {
			joined[i] = first[i] * scale;
		}
		for (int i = 0; i < second.length; i++) {
			joined[first.length + i] = second[i] * scale;
		}
		return joined;
	}

	/**
	 * Reads the packaged bank; vectors come from {@link StoredVectors} where present, and the
	 * models compute the rest from the normalised sentence (start-up only).
	 * @param embed MiniLM, on the calling thread
	 * @param secondModel the second opinion's model, on the calling thread
	 */
	static ExemplarBank load(TextNormaliser normaliser, Function<String, float[]> embed,
			Function<String, float[]> secondModel) {
		Map<Long, StoredVectors.Stored> stored = StoredVectors.read(StoredVectors.MINILM);
		Map<Long, StoredVectors.Stored> storedSecond = StoredVectors.read(StoredVectors.SECOND_OPINION);
		List<Exemplar> exemplars = new ArrayList<>();
		for (Labelled labelled : read()) {
			long key = StoredVectors.key(labelled.text());
			exemplars.add(new Exemplar(labelled.level(), labelled.category(), labelled.text(), labelled.source(),
					vector(stored.get(key), embed, normaliser, labelled), vector(storedSecond.get(key), secondModel,
							normaliser, labelled)));
		}
		return new ExemplarBank(exemplars, secondModel);
	}

	private static float[] vector(StoredVectors.Stored stored, Function<String, float[]> model,
			TextNormaliser normaliser, Labelled labelled) {
		return (stored != null) ? stored.vector() : model.apply(normaliser.normaliseOnce(labelled.text()));
	}

	List<Exemplar> exemplars() {
		return this.exemplars;
	}

	/** The bank without one source's sentences: how a development set is measured as if unseen. */
	ExemplarBank without(String source) {
		return new ExemplarBank(this.exemplars.stream().filter((exemplar) -> !exemplar.source().equals(source)).toList(),
				this.secondModel);
	}

	/** The probe's probability that a whole message with this vector is a crisis. */
	double crisisProbability(float[] vector) {
		return this.probe.join().crisisProbability(vector);
	}

	/**
	 * The second opinion's probability that a whole message is a crisis: the message embedded
	 * by the second model on the calling thread, read beside its MiniLM vector.
	 * @param vector the whole message's MiniLM vector
	 * @param normalised the whole message as normalised
	 */
	double secondOpinion(float[] vector, String normalised) {
		return this.secondOpinion.join().crisisProbability(both(vector, this.secondModel.apply(normalised)));
	}

	/**
	 * How close a sentence is to each level of the bank: its nearest exemplar, and the
	 * neighbourhood of its {@value #NEIGHBOURS} nearest at each level.
	 */
	Scores score(float[] vector) {
		Nearest none = nearest(SafetyLevel.NONE, vector);
		Nearest distress = nearest(SafetyLevel.DISTRESS, vector);
		Nearest crisis = nearest(SafetyLevel.CRISIS, vector);
		return new Scores(none.best(), distress.best(), crisis.best(), mean(none.similarities()),
				mean(distress.similarities()), mean(crisis.similarities()), crisis.category(), distress.category());
	}

	/** The {@value #NEIGHBOURS} best similarities at one level, highest first, and the category of the best. */
	private Nearest nearest(SafetyLevel level, float[] vector) {
		float[] similarities = this.scans[level.ordinal()].similarities(vector);
		double[] best = new double[NEIGHBOURS];
		Arrays.fill(best, -1);
		int bestAt = -1;
		for (int at = 0; at < similarities.length; at++) {
			double similarity = similarities[at];
			if (similarity <= best[NEIGHBOURS - 1]) {
				continue;
			}
			if (similarity > best[0]) {
				bestAt = at;
			}
			int slot = NEIGHBOURS - 1;
			while (slot > 0 && best[slot - 1] < similarity) {
				best[slot] = best[slot - 1];
				slot--;
			}
			best[slot] = similarity;
		}
		return new Nearest(best, (bestAt >= 0) ? this.owners[level.ordinal()][bestAt].category() : "");
	}

	private static double mean(double[] values) {
		double sum = 0;
		for (double value : values) {
			sum += value;
		}
		return sum / values.length;
	}

	/**
	 * The raw labelled sentences of the packaged bank, for start-up and for tests: the exemplars,
	 * then each development set's messages not already in the bank word for word.
	 */
	static List<Labelled> read() {
		List<Labelled> labelled = new ArrayList<>(readExemplars());
		Set<String> seen = new HashSet<>();
		labelled.forEach((one) -> seen.add(one.text()));
		for (Labelled one : readDevelopmentSets()) {
			if (seen.add(one.text())) {
				labelled.add(one);
			}
		}
		return labelled;
	}

	private static List<Labelled> readExemplars() {
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			Object root = new Yaml(new SafeConstructor(new LoaderOptions()))
				.load(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			List<Labelled> labelled = new ArrayList<>();
			for (Map.Entry<?, ?> level : ((Map<?, ?>) root).entrySet()) {
				SafetyLevel safetyLevel = level(String.valueOf(level.getKey()));
				for (Map.Entry<?, ?> category : ((Map<?, ?>) level.getValue()).entrySet()) {
					for (Object text : (List<?>) category.getValue()) {
						labelled.add(new Labelled(safetyLevel, String.valueOf(category.getKey()), String.valueOf(text),
								"exemplars.yaml"));
					}
				}
			}
			return labelled;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<Labelled> readDevelopmentSets() {
		JsonMapper json = JsonMapper.builder().build();
		List<Labelled> labelled = new ArrayList<>();
		try {
			Resource[] sets = new PathMatchingResourcePatternResolver().getResources("classpath*:" + LABELLED);
			// In file name order, so the bank (and any tie between equally close exemplars) does
			// not depend on the order the class path lists them in.
			Arrays.sort(sets, Comparator.comparing(Resource::getFilename));
			for (Resource set : sets) {
				String source = set.getFilename();
				try (InputStream in = set.getInputStream()) {
					for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
						if (line.isBlank()) {
							continue;
						}
						JsonNode row = json.readTree(line);
						labelled.add(new Labelled(level(row.get("level").asString()), row.get("category").asString(),
								row.get("text").asString(), source));
					}
				}
			}
			return labelled;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static SafetyLevel level(String name) {
		return SafetyLevel.valueOf(name.toUpperCase(Locale.ROOT));
	}

	/** One labelled sentence as written in the bank, and the file it came from. */
	record Labelled(SafetyLevel level, String category, String text, String source) {
	}

	/** One labelled sentence with its MiniLM vector and its second model's vector. */
	record Exemplar(SafetyLevel level, String category, String text, String source, float[] vector, float[] second) {
	}

	private record Nearest(double[] similarities, String category) {

		double best() {
			return this.similarities[0];
		}

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
