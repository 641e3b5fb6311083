package org.compassioncoach.knowledge;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import org.compassioncoach.embedding.PackagedVectorsCheck;

/** A first start reads the packaged cards' vectors instead of embedding every chunk. */
class PackagedKnowledgeVectorsTests {

	@Test
	void packagedVectorsCoverEveryChunkOfThePackagedCardsAndMatchTheModel() throws IOException {
		PackagedVectorsCheck.verifyOrWrite("knowledge",
				(embedder) -> new KnowledgeRetriever(new KnowledgeBase(KnowledgeBase.load(null)), embedder));
	}

}
