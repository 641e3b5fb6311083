package org.compassioncoach.candour;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

/**
 * The labelled exemplar bank as one centroid per quadrant, for similarity of a new statement to
 * each quadrant: of the whole statement, and of its sentences to the bank's sentences.
 *
 * <p>The bank is topic-matched (the same late handover appears in all four quadrants), and
 * MiniLM vectors are dominated by topic, so nearest neighbours mostly find the same topic in the
 * wrong quadrant (about chance in leave-one-out). Subtracting the bank's mean vector removes the
 * shared topic and leaves the tone, which is what separates the quadrants. Sentences are compared
 * too because the tone of a statement often sits in one sentence ("Brilliant.", "No pressure!").
 */
final class ExemplarBank {

	// The labelled bank shared with the project, then our own statements written to break its
	// one confound (only the candid statements are detailed); see docs/CANDOUR.md.
	static final List<String> LOCATIONS = List.of("candour/exemplars.jsonl", "candour/exemplars-extra.jsonl",
			"candour/exemplars-re.jsonl");

	// Half the evidence from the whole statement, half from the mean over its sentences.
	private static final double SENTENCE_SHARE = 0.5;

	private final Centroids statements;

	private final Centroids sentences;

	private final double temperature;

	/**
	 * @param embedAll embeds a list of texts in one go (so the vectors can be cached on disk
	 * between runs)
	 */
	ExemplarBank(List<Exemplar> exemplars, Function<List<String>, List<float[]>> embedAll, double temperature) {
		if (exemplars.isEmpty()) {
			throw new IllegalStateException("The candour exemplar bank is empty");
		}
		List<String> texts = new ArrayList<>();
		List<Quadrant> labels = new ArrayList<>();
		List<Quadrant> sentenceLabels = new ArrayList<>();
		List<String> sentenceTexts = new ArrayList<>();
		for (Exemplar exemplar : exemplars) {
			texts.add(exemplar.text());
			labels.add(exemplar.quadrant());
			for (Reading.Sentence sentence : CueReader.split(CueReader.normalise(exemplar.text()))) {
				sentenceTexts.add(sentence.text());
				sentenceLabels.add(exemplar.quadrant());
			}
		}
		List<String> all = new ArrayList<>(texts);
		all.addAll(sentenceTexts);
		List<float[]> embedded = embedAll.apply(all);
		List<float[]> vectors = embedded.subList(0, texts.size());
		List<float[]> sentenceVectors = embedded.subList(texts.size(), embedded.size());
		this.statements = new Centroids(vectors, labels);
		this.sentences = new Centroids(sentenceVectors, sentenceLabels);
		this.temperature = temperature;
	}

	/** Reads the banks in {@link #LOCATIONS}: one {@code {"text", "quadrant"}} object a line. */
	static List<Exemplar> load() {
		List<Exemplar> exemplars = new ArrayList<>();
		for (String location : LOCATIONS) {
			exemplars.addAll(load(location));
		}
		return List.copyOf(exemplars);
	}

	static List<Exemplar> load(String location) {
		JsonMapper json = JsonMapper.builder().build();
		List<Exemplar> exemplars = new ArrayList<>();
		try (InputStream in = new ClassPathResource(location).getInputStream();
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank()) {
					continue;
				}
				JsonNode node = json.readTree(line);
				Quadrant quadrant = Quadrant.fromId(node.get("quadrant").asString());
				exemplars.add(new Exemplar(node.get("text").asString(), quadrant));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + location, ex);
		}
		return List.copyOf(exemplars);
	}

	/**
	 * How much a statement resembles each quadrant, as probabilities that sum to one.
	 * @param statement the vector of the whole statement
	 * @param sentences the vectors of its sentences (empty uses the statement alone)
	 */
	Map<Quadrant, Double> probabilities(float[] statement, List<float[]> sentences) {
		Map<Quadrant, Double> scores = new EnumMap<>(Quadrant.class);
		double max = Double.NEGATIVE_INFINITY;
		for (Quadrant quadrant : Quadrant.values()) {
			double whole = this.statements.similarity(statement, quadrant);
			double parts = whole;
			if (!sentences.isEmpty()) {
				parts = sentences.stream()
					.mapToDouble((vector) -> this.sentences.similarity(vector, quadrant))
					.average()
					.orElse(whole);
			}
			double score = ((1 - SENTENCE_SHARE) * whole + SENTENCE_SHARE * parts) / this.temperature;
			scores.put(quadrant, score);
			max = Math.max(max, score);
		}
		double total = 0;
		for (Quadrant quadrant : Quadrant.values()) {
			double weight = Math.exp(scores.get(quadrant) - max);
			scores.put(quadrant, weight);
			total += weight;
		}
		for (Quadrant quadrant : Quadrant.values()) {
			scores.put(quadrant, scores.get(quadrant) / total);
		}
		return scores;
	}

	private static float[] average(List<float[]> vectors) {
		int dimensions = vectors.get(0).length;
		float[] sum = new float[dimensions];
		for (float[] vector : vectors) {
			for (int i = 0; i < dimensions; i++) {
				sum[i] += vector[i];
			}
		}
		for (int i = 0; i < dimensions; i++) {
			sum[i] /= vectors.size();
		}
		return sum;
	}

	private static float[] subtract(float[] a, float[] b) {
		float[] difference = new float[a.length];
		for (int i = 0; i < a.length; i++) {
			difference[i] = a[i] - b[i];
		}
		return difference;
	}

	private static float[] unit(float[] vector) {
		double norm = Math.sqrt(dot(vector, vector));
		float[] unit = new float[vector.length];
		for (int i = 0; i < vector.length; i++) {
			unit[i] = (float) (vector[i] / ((norm == 0) ? 1 : norm));
		}
		return unit;
	}

	private static double dot(float[] a, float[] b) {
		double dot = 0;
		for (int i = 0; i < a.length; i++) {
			dot += a[i] * b[i];
		}
		return dot;
	}

	/** Mean-centred quadrant centroids of one set of labelled vectors. */
	private static final class Centroids {

		private final float[] mean;

		private final Map<Quadrant, float[]> centroids = new EnumMap<>(Quadrant.class);

		Centroids(List<float[]> vectors, List<Quadrant> labels) {
			Map<Quadrant, float[]> means = new EnumMap<>(Quadrant.class);
			for (Quadrant quadrant : Quadrant.values()) {
				List<float[]> members = new ArrayList<>();
				for (int i = 0; i < vectors.size(); i++) {
					if (labels.get(i) == quadrant) {
						members.add(vectors.get(i));
					}
				}
				if (members.isEmpty()) {
					throw new IllegalStateException("The candour exemplar bank has no " + quadrant.id() + " examples");
				}
				means.put(quadrant, average(members));
			}
			// The mean of the four quadrant means, not of all vectors: a bank with more examples of
			// one quadrant would otherwise pull the "shared topic" towards that quadrant's tone.
			this.mean = average(List.copyOf(means.values()));
			for (Quadrant quadrant : Quadrant.values()) {
				this.centroids.put(quadrant, unit(subtract(means.get(quadrant), this.mean)));
			}
		}

		double similarity(float[] vector, Quadrant quadrant) {
			return dot(unit(subtract(vector, this.mean)), this.centroids.get(quadrant));
		}

	}

	/** One labelled statement of the bank. */
	record Exemplar(String text, Quadrant quadrant) {
	}

}
