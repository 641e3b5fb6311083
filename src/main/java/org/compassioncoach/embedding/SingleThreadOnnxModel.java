package org.compassioncoach.embedding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * A sentence model that LangChain4j ships in a jar (model and tokenizer), in an ONNX session
 * that computes each embedding on the calling thread.
 *
 * <p>By default ONNX Runtime gives every session a pool of one thread per core that spins
 * while it waits for work. The service already runs embeddings in parallel on its bounded
 * scheduler, so on two cores the pool only competed with Netty and itself: measured, a short
 * message cost 6.3 to 9 ms of CPU with MiniLM that way and 4.4 to 5 ms on one thread, with no
 * slower answer.
 */
final class SingleThreadOnnxModel extends AbstractInProcessEmbeddingModel {

	private final OnnxBertBiEncoder encoder;

	private SingleThreadOnnxModel(Class<?> shipping, String model, String tokenizer, PoolingMode pooling) {
		super(null);
		try (InputStream modelFile = shipping.getResourceAsStream(model);
				InputStream tokenizerFile = shipping.getResourceAsStream(tokenizer);
				OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
			if (modelFile == null || tokenizerFile == null) {
				throw new IllegalStateException("The model files " + model + " are missing from the class path");
			}
			options.setIntraOpNumThreads(1);
			options.setInterOpNumThreads(1);
			options.addConfigEntry("session.intra_op.allow_spinning", "0");
			OrtEnvironment environment = OrtEnvironment.getEnvironment();
			this.encoder = new OnnxBertBiEncoder(environment,
					environment.createSession(modelFile.readAllBytes(), options), tokenizerFile, pooling);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (OrtException ex) {
			throw new IllegalStateException("Could not load the embedding model " + model, ex);
		}
	}

	/**
	 * The quantized all-MiniLM-L6-v2 of {@link AllMiniLmL6V2QuantizedEmbeddingModel}: retrieval,
	 * the candour assessment and the safety layer's exemplar bank. A class literal does not
	 * initialise the class, so the library's own copy of the model (a static field) is never
	 * loaded next to this one.
	 */
	static SingleThreadOnnxModel miniLm() {
		return new SingleThreadOnnxModel(AllMiniLmL6V2QuantizedEmbeddingModel.class, "/all-minilm-l6-v2-q.onnx",
				"/all-minilm-l6-v2-q-tokenizer.json", PoolingMode.MEAN);
	}

	/**
	 * The quantized bge-small-en-v1.5 (12 layers to MiniLM's 6; read from its [CLS] token, as
	 * its authors pool it): the safety layer's second opinion ({@link SecondOpinionModel}).
	 */
	static SingleThreadOnnxModel bgeSmall() {
		return new SingleThreadOnnxModel(SingleThreadOnnxModel.class, "/bge-small-en-v1.5-q.onnx",
				"/bge-small-en-v1.5-q-tokenizer.json", PoolingMode.CLS);
	}

	@Override
	protected OnnxBertBiEncoder model() {
		return this.encoder;
	}

	@Override
	protected Integer knownDimension() {
		return 384;
	}

}
