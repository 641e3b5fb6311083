package org.compassioncoach.embedding;

import dev.langchain4j.model.embedding.EmbeddingModel;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the quantized all-MiniLM-L6-v2 model (shipped in a jar, no download), its scheduler, and
 * the safety layer's second opinion.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddingConfiguration {

	@Bean
	EmbeddingModel embeddingModel() {
		return SingleThreadOnnxModel.miniLm();
	}

	@Bean
	SecondOpinionModel secondOpinionModel() {
		return new SecondOpinionModel();
	}

	/** Bounded, with a queue, so a burst cannot spawn threads without end. */
	@Bean(destroyMethod = "dispose")
	Scheduler embeddingScheduler(EmbeddingProperties properties) {
		return Schedulers.newBoundedElastic(properties.workersOrDefault(), 10_000, "embedding");
	}

}
