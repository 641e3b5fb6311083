package org.compassioncoach.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs a labelled set through the assessor and reports recall per level and false alarms on
 * ordinary messages ({@code main} prints the report for any set on the test classpath).
 */
final class SafetyEvaluation {

	private SafetyEvaluation() {
	}

	static List<Labelled> read(String resource) {
		ObjectMapper json = new ObjectMapper();
		List<Labelled> rows = new ArrayList<>();
		try (InputStream in = SafetyEvaluation.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalArgumentException("No such resource: " + resource);
			}
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank()) {
					continue;
				}
				JsonNode row = json.readTree(line);
				rows.add(new Labelled(row.get("text").asText(),
						SafetyLevel.valueOf(row.get("level").asText().toUpperCase(Locale.ROOT)),
						row.path("category").asText(""), row.path("note").asText("")));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rows;
	}

	static Report run(RiskAssessor assessor, List<Labelled> rows) {
		List<Result> results = new ArrayList<>();
		for (Labelled row : rows) {
			results.add(new Result(row, assessor.assessNow(row.text(), TestEmbeddings::embed)));
		}
		return new Report(results);
	}

	public static void main(String[] args) {
		RiskAssessor assessor = TestEmbeddings.assessor();
		for (String resource : args) {
			Report report = run(assessor, read(resource));
			System.out.println("== " + resource);
			System.out.println(report.summary());
			System.out.println(report.byCategory());
			System.out.println(report.confusion());
			if (!resource.contains("safety-eval")) {
				System.out.println(report.misses());
			}
		}
	}

	/** One labelled message. */
	record Labelled(String text, SafetyLevel level, String category, String note) {
	}

	/** A message and what the assessor found. */
	record Result(Labelled row, Finding finding) {
	}

	/** Rates over a set. */
	record Report(List<Result> results) {

		long count(SafetyLevel label) {
			return this.results.stream().filter((r) -> r.row().level() == label).count();
		}

		/** Share of messages labelled {@code label} assessed at that level or higher. */
		double recall(SafetyLevel label) {
			long hits = this.results.stream()
				.filter((r) -> r.row().level() == label && r.finding().level().compareTo(label) >= 0)
				.count();
			return (double) hits / count(label);
		}

		/** Share of messages labelled {@code label} assessed at exactly that level. */
		double exact(SafetyLevel label) {
			long hits = this.results.stream()
				.filter((r) -> r.row().level() == label && r.finding().level() == label)
				.count();
			return (double) hits / count(label);
		}

		/** Share of ordinary messages assessed at {@code level} or higher. */
		double falseAlarm(SafetyLevel level) {
			long alarms = this.results.stream()
				.filter((r) -> r.row().level() == SafetyLevel.NONE && r.finding().level().compareTo(level) >= 0)
				.count();
			return (double) alarms / count(SafetyLevel.NONE);
		}

		/** Share of distress messages raised to crisis. */
		double distressAsCrisis() {
			long raised = this.results.stream()
				.filter((r) -> r.row().level() == SafetyLevel.DISTRESS && r.finding().level() == SafetyLevel.CRISIS)
				.count();
			return (double) raised / count(SafetyLevel.DISTRESS);
		}

		String summary() {
			return String.format(Locale.ROOT,
					"messages=%d (crisis %d, distress %d, none %d)%n"
							+ "crisis recall            %.3f%n"
							+ "distress recall (>=)     %.3f   exact %.3f   raised to crisis %.3f%n"
							+ "none flagged as crisis   %.3f%n"
							+ "none flagged at all      %.3f",
					this.results.size(), count(SafetyLevel.CRISIS), count(SafetyLevel.DISTRESS), count(SafetyLevel.NONE),
					recall(SafetyLevel.CRISIS), recall(SafetyLevel.DISTRESS), exact(SafetyLevel.DISTRESS),
					distressAsCrisis(), falseAlarm(SafetyLevel.CRISIS), falseAlarm(SafetyLevel.DISTRESS));
		}

		/** Recall per labelled category (crisis and distress categories). */
		String byCategory() {
			java.util.Map<String, long[]> counts = new java.util.TreeMap<>();
			for (Result result : this.results) {
				if (result.row().level() == SafetyLevel.NONE) {
					continue;
				}
				long[] count = counts.computeIfAbsent(result.row().level().id() + "/" + result.row().category(),
						(key) -> new long[2]);
				count[0]++;
				if (result.finding().level().compareTo(result.row().level()) >= 0) {
					count[1]++;
				}
			}
			StringBuilder out = new StringBuilder();
			counts.forEach((category, count) -> out.append(String.format(Locale.ROOT, "  %-34s %3d/%-3d %.2f%n", category,
					count[1], count[0], (double) count[1] / count[0])));
			return out.toString();
		}

		/** Counts of labelled level against assessed level. */
		String confusion() {
			StringBuilder out = new StringBuilder("  labelled \\ assessed   none distress crisis\n");
			for (SafetyLevel label : SafetyLevel.values()) {
				out.append(String.format(Locale.ROOT, "  %-20s", label.id()));
				for (SafetyLevel assessed : SafetyLevel.values()) {
					long n = this.results.stream()
						.filter((r) -> r.row().level() == label && r.finding().level() == assessed)
						.count();
					out.append(String.format(Locale.ROOT, " %6d", n));
				}
				out.append('\n');
			}
			return out.toString();
		}

		String misses() {
			StringBuilder out = new StringBuilder();
			for (Result result : this.results) {
				if (result.row().level() != result.finding().level()) {
					out.append(String.format(Locale.ROOT, "  %-8s -> %-8s %s %s%n", result.row().level().id(),
							result.finding().level().id(), result.finding().sources(), result.row().text()));
				}
			}
			return out.toString();
		}

	}

}
