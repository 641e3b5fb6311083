package org.compassioncoach.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.compassioncoach.embedding.Embedder;
import org.compassioncoach.embedding.EmbeddingProperties;

/**
 * Measures retrieval against the labelled questions in
 * {@code src/test/resources/eval/retrieval-questions.jsonl}: recall@1, recall@3 and MRR.
 * Run it with {@code ./mvnw -q test -Dtest=RetrievalEvaluationTests} (prints the report).
 */
public final class RetrievalEvaluation {

	public record Question(String text, List<String> expected) {
	}

	public record Report(int questions, double recallAt1, double recallAt3, double mrr, List<String> misses) {

		public String format() {
			StringBuilder out = new StringBuilder();
			out.append("Retrieval evaluation over %d questions%n".formatted(this.questions));
			out.append("  recall@1 = %.3f%n  recall@3 = %.3f%n  MRR      = %.3f%n".formatted(this.recallAt1,
					this.recallAt3, this.mrr));
			if (!this.misses.isEmpty()) {
				out.append("  missed at 3:%n".formatted());
				this.misses.forEach((miss) -> out.append("    - ").append(miss).append('\n'));
			}
			return out.toString();
		}

	}

	public static KnowledgeRetriever packagedRetriever() {
		Embedder embedder = new Embedder(new AllMiniLmL6V2QuantizedEmbeddingModel(), Schedulers.immediate(),
				new EmbeddingProperties(null, null));
		return new KnowledgeRetriever(new KnowledgeBase(KnowledgeBase.load(null)), embedder);
	}

	public static List<Question> questions(Path file) {
		JsonMapper json = JsonMapper.builder().build();
		try {
			List<Question> questions = new ArrayList<>();
			for (String line : Files.readAllLines(file)) {
				if (line.isBlank()) {
					continue;
				}
				JsonNode node = json.readTree(line);
				List<String> expected = new ArrayList<>();
				node.get("expected").forEach((id) -> expected.add(id.asString()));
				questions.add(new Question(node.get("q").asString(), expected));
			}
			return questions;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static Report evaluate(KnowledgeRetriever retriever, List<Question> questions) {
		int hitsAt1 = 0;
		int hitsAt3 = 0;
		double reciprocalRanks = 0;
		List<String> misses = new ArrayList<>();
		for (Question question : questions) {
			List<Passage> ranked = retriever.search(question.text(), 10).block();
			int rank = 0;
			for (int i = 0; i < ranked.size(); i++) {
				if (question.expected().contains(ranked.get(i).card().id())) {
					rank = i + 1;
					break;
				}
			}
			hitsAt1 += (rank == 1) ? 1 : 0;
			hitsAt3 += (rank >= 1 && rank <= 3) ? 1 : 0;
			reciprocalRanks += (rank > 0) ? 1.0 / rank : 0;
			if (rank == 0 || rank > 3) {
				misses.add("\"%s\" expected %s, got %s".formatted(question.text(), question.expected(),
						ranked.stream().limit(3).map((p) -> p.card().id()).toList()));
			}
		}
		int n = questions.size();
		return new Report(n, (double) hitsAt1 / n, (double) hitsAt3 / n, reciprocalRanks / n, misses);
	}

}
