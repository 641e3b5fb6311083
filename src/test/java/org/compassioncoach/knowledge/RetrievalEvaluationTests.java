package org.compassioncoach.knowledge;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Pins the retrieval quality reached on the project's own labelled questions. */
class RetrievalEvaluationTests {

	@Test
	void packagedCardsAnswerTheLabelledQuestions() {
		RetrievalEvaluation.Report report = RetrievalEvaluation.evaluate(RetrievalEvaluation.packagedRetriever(),
				RetrievalEvaluation.questions(Path.of("src/test/resources/eval/retrieval-questions.jsonl")));
		System.out.println(report.format());
		assertThat(report.questions()).isGreaterThanOrEqualTo(40);
		assertThat(report.recallAt3()).as("recall@3").isGreaterThanOrEqualTo(0.90);
		assertThat(report.recallAt1()).as("recall@1").isGreaterThanOrEqualTo(0.70);
		assertThat(report.mrr()).as("MRR").isGreaterThanOrEqualTo(0.78);
	}

}
