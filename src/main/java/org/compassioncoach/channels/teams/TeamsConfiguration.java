package org.compassioncoach.channels.teams;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Teams adapter's verifier; a webhook secret that is not base64 stops the service at start-up. */
@Configuration(proxyBeanMethods = false)
class TeamsConfiguration {

	@Bean
	TeamsSignatureVerifier teamsSignatureVerifier(TeamsProperties properties) {
		return new TeamsSignatureVerifier(properties.webhookSecret());
	}

}
