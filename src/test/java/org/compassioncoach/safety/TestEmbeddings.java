package org.compassioncoach.safety;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.compassioncoach.embedding.SecondOpinionModel;

/** The same in-process models the service uses, built once per JVM for plain tests. */
final class TestEmbeddings {

	private static final EmbeddingModel MODEL = new AllMiniLmL6V2QuantizedEmbeddingModel();

	private static final Map<String, float[]> CACHE = new ConcurrentHashMap<>();

	private static final SecondOpinionModel SECOND_OPINION = new SecondOpinionModel();

	private static final Map<String, float[]> SECOND_OPINION_CACHE = new ConcurrentHashMap<>();

	private TestEmbeddings() {
	}

	static float[] embed(String text) {
		return CACHE.computeIfAbsent(text, (key) -> unit(MODEL.embed(key).content().vector()));
	}

	static float[] secondOpinion(String text) {
		return SECOND_OPINION_CACHE.computeIfAbsent(text, SECOND_OPINION::embedNow);
	}

	/** The packaged bank, with both models. */
	static ExemplarBank bank() {
		return ExemplarBank.load(TextNormaliser.standard(), TestEmbeddings::embed, TestEmbeddings::secondOpinion);
	}

	private static float[] unit(float[] vector) {
		double norm = 0;
		for (float v : vector) {
			norm += v * v;
		}
		norm = Math.sqrt(norm);
		float[] unit = new float[vector.length];
		for (int i = 0; i < vector.length; i++) {
			unit[i] = (float) (vector[i] / norm);
		}
		return unit;
	}

	/** One assessor over the packaged rules and bank, shared by a test class. */
	static RiskAssessor assessor() {
		TextNormaliser normaliser = TextNormaliser.standard();
		return new RiskAssessor(normaliser, RiskRules.standard(), bank());
	}

}
