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
 * The labelled exemplar bank as one centroid per quadrant, for similarity of a new statement's
 * vector to each quadrant.
 *
 * <p>The bank is topic-matched (the same late handover appears in all four quadrants), and
 * MiniLM vectors are dominated by topic, so nearest neighbours mostly find the same topic in the
 * wrong quadrant. Subtracting the bank's mean vector removes the shared topic and leaves the
 * tone, which is what separates the quadrants.
 */
final class ExemplarBank {

	static final String LOCATION = "candour/exemplars.jsonl";

	private final float[] mean;

	private final Map<Quadrant, float[]> centroids;

	private final double temperature;

	ExemplarBank(List<Exemplar> exemplars, Function<String, float[]> embed, double temperature) {
		if (exemplars.isEmpty()) {
			throw new IllegalStateException("The candour exemplar bank is empty");
		}
		List<float[]> vectors = exemplars.stream().map((exemplar) -> embed.apply(exemplar.text())).toList();
		int dimensions = vectors.get(0).length;
		this.mean = average(vectors, dimensions);
		this.centroids = new EnumMap<>(Quadrant.class);
		for (Quadrant quadrant : Quadrant.values()) {
			List<float[]> members = new ArrayList<>();
			for (int i = 0; i < exemplars.size(); i++) {
				if (exemplars.get(i).quadrant() == quadrant) {
					members.add(vectors.get(i));
				}
			}
			if (members.isEmpty()) {
				throw new IllegalStateException("The candour exemplar bank has no " + quadrant.id() + " examples");
			}
			this.centroids.put(quadrant, unit(subtract(average(members, dimensions), this.mean)));
		}
		this.temperature = temperature;
	}

	/** Reads {@code candour/exemplars.jsonl}: one {@code {"text", "quadrant"}} object a line. */
	static List<Exemplar> load() {
		JsonMapper json = JsonMapper.builder().build();
		List<Exemplar> exemplars = new ArrayList<>();
		try (InputStream in = new ClassPathResource(LOCATION).getInputStream();
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank()) {
					continue;
				}
				JsonNode node = json.readTree(line);
				exemplars.add(new Exemplar(node.get("text").asString(), Quadrant.fromId(node.get("quadrant").asString())));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + LOCATION, ex);
		}
		return List.copyOf(exemplars);
	}

	/** How much the vector resembles each quadrant, as probabilities that sum to one. */
	Map<Quadrant, Double> probabilities(float[] vector) {
		float[] centred = unit(subtract(vector, this.mean));
		Map<Quadrant, Double> scores = new EnumMap<>(Quadrant.class);
		double max = Double.NEGATIVE_INFINITY;
		for (Quadrant quadrant : Quadrant.values()) {
			double score = dot(centred, this.centroids.get(quadrant)) / this.temperature;
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

	private static float[] average(List<float[]> vectors, int dimensions) {
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

	/** One labelled statement of the bank. */
	record Exemplar(String text, Quadrant quadrant) {
	}

}
