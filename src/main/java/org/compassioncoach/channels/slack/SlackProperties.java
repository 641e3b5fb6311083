package org.compassioncoach.channels.slack;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The Slack app the coach answers as.
 *
 * @param signingSecret the app's signing secret (Basic Information → App Credentials); unset or
 * blank = {@code /slack/events} and {@code /slack/commands} answer 404 and nothing Slack-related
 * runs
 * @param botToken the bot user OAuth token ({@code xoxb-…}) used for {@code chat.postMessage}
 * and {@code auth.test}; unset while the signing secret is set = start-up fails, because the
 * coach could accept messages but never answer them
 * @param apiBaseUrl the Slack Web API base; unset = {@code https://slack.com/api/} (tests point
 * it at a stub)
 * @param deliveryTtl how long accepted event ids and message timestamps are remembered so that
 * Slack's retries and duplicate deliveries never get a second reply; unset = 1h
 */
@Validated
@ConfigurationProperties("coach.slack")
record SlackProperties(String signingSecret, String botToken,
		@NotNull @DefaultValue("https://slack.com/api/") URI apiBaseUrl,
		@NotNull @DefaultValue("1h") Duration deliveryTtl) {

	/** Whether the Slack endpoints exist. */
	boolean enabled() {
		return this.signingSecret != null && !this.signingSecret.isBlank();
	}

	/** The API base with the trailing slash the Slack SDK appends method names to. */
	String methodsEndpointUrlPrefix() {
		String base = this.apiBaseUrl.toString();
		return base.endsWith("/") ? base : base + "/";
	}

	/** Never prints the secret or the token. */
	@Override
	public String toString() {
		return "SlackProperties[signingSecret=" + (enabled() ? "****" : "unset") + ", botToken="
				+ ((this.botToken != null && !this.botToken.isBlank()) ? "****" : "unset") + ", apiBaseUrl="
				+ this.apiBaseUrl + ", deliveryTtl=" + this.deliveryTtl + "]";
	}

}
