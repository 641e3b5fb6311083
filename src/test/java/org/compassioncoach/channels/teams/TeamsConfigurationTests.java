package org.compassioncoach.channels.teams;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

class TeamsConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(TeamsTestConfiguration.class);

	@Test
	void withoutWebhookSecretTeamsIsDisabled() {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(TeamsProperties.class).enabled()).isFalse();
		});
	}

	@Test
	void webhookSecretThatIsNotBase64StopsStartUpWithoutRevealingIt() {
		this.runner.withPropertyValues("coach.teams.webhook-secret=not*base64*secret").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("coach.teams.webhook-secret is not base64")
				.hasMessageNotContaining("not*base64*secret");
		});
	}

	@Test
	void propertiesNeverPrintTheSecret() {
		this.runner.withPropertyValues("coach.teams.webhook-secret=" + TeamsSignatureVerifierTests.SECRET)
			.run((context) -> assertThat(context.getBean(TeamsProperties.class).toString())
				.doesNotContain(TeamsSignatureVerifierTests.SECRET));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(TeamsProperties.class)
	@Import(TeamsConfiguration.class)
	static class TeamsTestConfiguration {

	}

}
