package org.compassioncoach.channels.slack;

import java.time.Clock;

import com.github.benmanes.caffeine.cache.Ticker;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Slack adapter's parts. With no signing secret they exist but stay idle and the endpoints
 * answer 404; with a signing secret and no bot token the service refuses to start.
 */
@Configuration(proxyBeanMethods = false)
class SlackConfiguration {

	@Bean
	SlackSignatureVerifier slackSignatureVerifier(SlackProperties properties, ObjectProvider<Clock> clock) {
		return new SlackSignatureVerifier(properties.signingSecret(), clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	SlackWebApi slackWebApi(SlackProperties properties) {
		if (properties.enabled() && (properties.botToken() == null || properties.botToken().isBlank())) {
			throw new IllegalStateException("coach.slack.bot-token must be set when coach.slack.signing-secret is "
					+ "set: the coach answers Slack messages with chat.postMessage using the bot token (xoxb-…)");
		}
		return new SlackWebApi(properties);
	}

	/** In memory by default; define another {@link SlackDeliveryLog} bean to share it between instances. */
	@Bean
	@ConditionalOnMissingBean(SlackDeliveryLog.class)
	SlackDeliveryLog slackDeliveryLog(SlackProperties properties) {
		return new InMemorySlackDeliveryLog(properties.deliveryTtl(), Ticker.systemTicker());
	}

}
