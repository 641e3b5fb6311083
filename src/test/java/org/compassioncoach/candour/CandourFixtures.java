package org.compassioncoach.candour;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import reactor.core.scheduler.Schedulers;

import org.compassioncoach.embedding.Embedder;

/** One assessor for all the plain tests in this package: building it embeds the exemplar bank. */
final class CandourFixtures {

	private CandourFixtures() {
	}

	static CandourAssessor assessor() {
		return Holder.ASSESSOR;
	}

	static RolePlayer rolePlayer() {
		return Holder.ROLE_PLAYER;
	}

	// Initialised once, on first use, by the JVM's class-loading guarantee.
	private static final class Holder {

		static final CandourAssessor ASSESSOR = new CandourAssessor(
				new Embedder(new AllMiniLmL6V2QuantizedEmbeddingModel(), Schedulers.boundedElastic()));

		static final RolePlayer ROLE_PLAYER = new RolePlayer(ASSESSOR);

	}

}
