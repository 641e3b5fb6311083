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
 * The same quantized all-MiniLM-L6-v2 model and tokenizer that
 * {@link AllMiniLmL6V2QuantizedEmbeddingModel} ships, in an ONNX session that computes each
 * embedding on the calling thread.
 *
 * <p>By default ONNX Runtime gives every session a pool of one thread per core that spins
 * while it waits for work. The service already runs embeddings in parallel on its bounded
 * scheduler, so on two cores the pool only competed with Netty and itself: measured, a short
 * message cost 6.3 to 9 ms of CPU that way and 4.4 to 5 ms on one thread, with no slower
 * answer.
 */
final class SingleThreadMiniLm extends AbstractInProcessEmbeddingModel {

	private static final String MODEL = "/all-minilm-l6-v2-q.onnx";

	private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

	private final OnnxBertBiEncoder encoder;

	SingleThreadMiniLm() {
		super(null);
		// A class literal does not initialise the class, so the library's own copy of the model
		// (a static field) is never loaded next to this one.
		Class<?> shipping = AllMiniLmL6V2QuantizedEmbeddingModel.class;
		try (InputStream model = shipping.getResourceAsStream(MODEL);
				InputStream tokenizer = shipping.getResourceAsStream(TOKENIZER);
				OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
			if (model == null || tokenizer == null) {
				throw new IllegalStateException("The MiniLM model files are missing from the class path");
			}
			options.setIntraOpNumThreads(1);
			options.setInterOpNumThreads(1);
			options.addConfigEntry("session.intra_op.allow_spinning", "0");
			OrtEnvironment environment = OrtEnvironment.getEnvironment();
			this.encoder = new OnnxBertBiEncoder(environment, environment.createSession(model.readAllBytes(), options),
					tokenizer, PoolingMode.MEAN);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (OrtException ex) {
			throw new IllegalStateException("Could not load the MiniLM embedding model", ex);
		}
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
