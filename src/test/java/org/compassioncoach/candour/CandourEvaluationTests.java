package org.compassioncoach.candour;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures the assessor on labelled statements that are in neither the exemplar banks nor the cue
 * lexicon, prints accuracy and the confusion matrix, and fails if accuracy or any quadrant's
 * recall drops below what was measured when the thresholds were pinned (docs/CANDOUR.md).
 */
class CandourEvaluationTests {

	private final CandourAssessor assessor = CandourFixtures.assessor();

	/** The project's evaluation set: 117 statements, never looked at one by one while tuning. */
	@Test
	void evaluationSetKeepsItsAccuracy() throws IOException {
		Result result = evaluate("eval/candour-eval.jsonl");
		// Each pinned one statement (two for accuracy) below what was measured: 0.880, recall 0.967,
		// 0.793, 0.966, 0.793.
		assertThat(result.accuracy()).as("accuracy").isGreaterThanOrEqualTo(0.86);
		assertRecall(result, Quadrant.RADICAL_CANDOUR, 0.93);
		assertRecall(result, Quadrant.RUINOUS_EMPATHY, 0.75);
		assertRecall(result, Quadrant.OBNOXIOUS_AGGRESSION, 0.93);
		assertRecall(result, Quadrant.MANIPULATIVE_INSINCERITY, 0.75);
	}

	/** Our held-out set, written after the assessor was frozen and measured once (0.825). */
	@Test
	void holdoutSetKeepsItsAccuracy() throws IOException {
		Result result = evaluate("eval/candour-holdout.jsonl");
		assertThat(result.accuracy()).as("accuracy").isGreaterThanOrEqualTo(0.80);
		assertRecall(result, Quadrant.RADICAL_CANDOUR, 0.80);
		assertRecall(result, Quadrant.RUINOUS_EMPATHY, 0.60);
		assertRecall(result, Quadrant.OBNOXIOUS_AGGRESSION, 0.80);
		assertRecall(result, Quadrant.MANIPULATIVE_INSINCERITY, 0.70);
	}

	/**
	 * Our first held-out set: measured once at 0.775, then its mistakes were studied, so it is now
	 * development data and guards against regressions only.
	 */
	@Test
	void firstHoldoutSetKeepsItsAccuracy() throws IOException {
		Result result = evaluate("eval/candour-holdout-first.jsonl");
		assertThat(result.accuracy()).as("accuracy").isGreaterThanOrEqualTo(0.95);
		for (Quadrant quadrant : Quadrant.values()) {
			assertRecall(result, quadrant, 0.90);
		}
	}

	/**
	 * Our second held-out set: 40 statements written after the ruinous-empathy tuning stopped and
	 * measured once (0.800; recall 1.0, 0.8, 0.8, 0.6). Pinned one statement below.
	 */
	@Test
	void secondHoldoutSetKeepsItsAccuracy() throws IOException {
		Result result = evaluate("eval/candour-holdout-2.jsonl");
		assertThat(result.accuracy()).as("accuracy").isGreaterThanOrEqualTo(0.775);
		assertRecall(result, Quadrant.RADICAL_CANDOUR, 0.90);
		assertRecall(result, Quadrant.RUINOUS_EMPATHY, 0.70);
		assertRecall(result, Quadrant.OBNOXIOUS_AGGRESSION, 0.70);
		assertRecall(result, Quadrant.MANIPULATIVE_INSINCERITY, 0.50);
	}

	/**
	 * Our ruinous-empathy development set (60): written before tuning (0.850), then tuned against
	 * (0.933; recall 1.0, 0.933, 1.0, 0.8), so it guards against regressions only. Pinned one
	 * statement below.
	 */
	@Test
	void developmentSetKeepsItsAccuracy() throws IOException {
		Result result = evaluate("eval/candour-dev-re.jsonl");
		assertThat(result.accuracy()).as("accuracy").isGreaterThanOrEqualTo(0.91);
		assertRecall(result, Quadrant.RADICAL_CANDOUR, 0.93);
		assertRecall(result, Quadrant.RUINOUS_EMPATHY, 0.86);
		assertRecall(result, Quadrant.OBNOXIOUS_AGGRESSION, 0.93);
		assertRecall(result, Quadrant.MANIPULATIVE_INSINCERITY, 0.73);
	}

	private static void assertRecall(Result result, Quadrant quadrant, double minimum) {
		assertThat(result.recall(quadrant)).as("recall of %s", quadrant.id()).isGreaterThanOrEqualTo(minimum);
	}

	private Result evaluate(String resource) throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		Map<Quadrant, Map<Quadrant, Integer>> confusion = new EnumMap<>(Quadrant.class);
		for (Quadrant quadrant : Quadrant.values()) {
			confusion.put(quadrant, new EnumMap<>(Quadrant.class));
		}
		int total = 0;
		int correct = 0;
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank()) {
					continue;
				}
				JsonNode node = json.readTree(line);
				Quadrant expected = Quadrant.fromId(node.get("quadrant").asString());
				Quadrant actual = this.assessor.assessNow(node.get("text").asString()).quadrant();
				confusion.get(expected).merge(actual, 1, Integer::sum);
				total++;
				correct += (expected == actual) ? 1 : 0;
			}
		}
		Result result = new Result(resource, total, (double) correct / total, confusion);
		System.out.println(result.report());
		return result;
	}

	/** Accuracy, recall per quadrant and the confusion matrix (rows: expected, columns: assessed). */
	record Result(String name, int total, double accuracy, Map<Quadrant, Map<Quadrant, Integer>> confusion) {

		double recall(Quadrant quadrant) {
			Map<Quadrant, Integer> row = this.confusion.get(quadrant);
			int count = row.values().stream().mapToInt(Integer::intValue).sum();
			return (count == 0) ? 0 : (double) row.getOrDefault(quadrant, 0) / count;
		}

		String report() {
			StringBuilder report = new StringBuilder(
					String.format("%n%s: %d statements, accuracy %.3f%n", this.name, this.total, this.accuracy));
			report.append(String.format("%-26s %6s %6s %6s %6s   recall%n", "expected \\ assessed", "RC", "RE", "OA",
					"MI"));
			for (Quadrant expected : Quadrant.values()) {
				report.append(String.format("%-26s", expected.id()));
				for (Quadrant actual : Quadrant.values()) {
					report.append(String.format(" %6d", this.confusion.get(expected).getOrDefault(actual, 0)));
				}
				report.append(String.format("   %.3f%n", recall(expected)));
			}
			return report.toString();
		}

	}

}
