package org.compassioncoach.channels.slack;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

class SlackConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(SlackTestConfiguration.class);

	@Test
	void withoutSigningSecretSlackIsDisabled() {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(SlackDeliveryLog.class);
			assertThat(context.getBean(SlackProperties.class).enabled()).isFalse();
		});
	}

	@Test
	void signingSecretWithoutBotTokenStopsStartUpWithAClearMessage() {
		this.runner.withPropertyValues("coach.slack.signing-secret=s3cr3t-value").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("coach.slack.bot-token must be set")
				.hasMessageNotContaining("s3cr3t-value");
		});
	}

	@Test
	void propertiesNeverPrintTheSecretOrTheToken() {
		this.runner.withPropertyValues("coach.slack.signing-secret=s3cr3t-value", "coach.slack.bot-token=xoxb-t0k3n",
				"coach.slack.api-base-url=http://localhost:1/api")
			.run((context) -> {
				SlackProperties properties = context.getBean(SlackProperties.class);
				assertThat(properties.toString()).doesNotContain("s3cr3t-value").doesNotContain("xoxb-t0k3n");
				assertThat(properties.methodsEndpointUrlPrefix()).isEqualTo("http://localhost:1/api/");
			});
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(SlackProperties.class)
	@Import(SlackConfiguration.class)
	static class SlackTestConfiguration {

	}

}
