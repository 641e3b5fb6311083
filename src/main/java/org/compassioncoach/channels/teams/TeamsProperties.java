package org.compassioncoach.channels.teams;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The Microsoft Teams outgoing webhook the coach answers.
 *
 * @param webhookSecret the security token Teams shows once when the outgoing webhook is created
 * (base64; its decoded bytes are the HMAC key); unset or blank = {@code /teams/messages} answers
 * 404; set but not valid base64 = start-up fails
 */
@Validated
@ConfigurationProperties("coach.teams")
record TeamsProperties(String webhookSecret) {

	/** Whether the Teams endpoint exists. */
	boolean enabled() {
		return this.webhookSecret != null && !this.webhookSecret.isBlank();
	}

	/** Never prints the secret. */
	@Override
	public String toString() {
		return "TeamsProperties[webhookSecret=" + (enabled() ? "****" : "unset") + "]";
	}

}
