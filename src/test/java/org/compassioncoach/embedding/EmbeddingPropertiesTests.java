package org.compassioncoach.embedding;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** How many threads embed messages: enough to hold their own beside the event loops. */
class EmbeddingPropertiesTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(PropertiesOnly.class);

	@Test
	void defaultIsTwiceTheEventLoopsWhichAreAtLeastFour() {
		assertThat(EmbeddingProperties.defaultWorkers(1)).isEqualTo(8);
		assertThat(EmbeddingProperties.defaultWorkers(2)).isEqualTo(8);
		assertThat(EmbeddingProperties.defaultWorkers(16)).isEqualTo(32);
	}

	@Test
	void unsetUsesTheDefaultForThisMachine() {
		this.runner.run((context) -> assertThat(context.getBean(EmbeddingProperties.class).workersOrDefault())
			.isEqualTo(EmbeddingProperties.defaultWorkers(Runtime.getRuntime().availableProcessors())));
	}

	@Test
	void setReplacesTheDefault() {
		this.runner.withPropertyValues("coach.embedding.workers=3")
			.run((context) -> assertThat(context.getBean(EmbeddingProperties.class).workersOrDefault()).isEqualTo(3));
	}

	@Test
	void noWorkersStopsStartUpNamingTheProperty() {
		this.runner.withPropertyValues("coach.embedding.workers=0").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).hasMessageContaining("coach.embedding");
		});
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(EmbeddingProperties.class)
	static class PropertiesOnly {

	}

}
