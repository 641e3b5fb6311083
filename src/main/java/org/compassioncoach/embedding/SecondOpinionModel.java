package org.compassioncoach.embedding;

import java.util.concurrent.CompletableFuture;

import dev.langchain4j.model.embedding.EmbeddingModel;

/**
 * A larger sentence model than MiniLM, quantized bge-small-en-v1.5, which the safety layer
 * consults only when its reading of a message is in doubt (docs/SAFETY.md). It costs two to
 * three times MiniLM's CPU per text, so it never embeds the fixed texts or ordinary turns.
 *
 * <p>The model loads beside the rest of start-up, on the common pool; the first text waits for
 * it. Embeddings run on the calling thread: the safety layer calls it from its bounded
 * embedding threads, never from an event loop.
 */
public final class SecondOpinionModel {

	private final CompletableFuture<EmbeddingModel> model;

	public SecondOpinionModel() {
		this.model = CompletableFuture.supplyAsync(SingleThreadOnnxModel::bgeSmall);
	}

	/** The text's unit-length vector. */
	public float[] embedNow(String text) {
		return Embedder.unit(this.model.join().embed(text).content().vector());
	}

}
