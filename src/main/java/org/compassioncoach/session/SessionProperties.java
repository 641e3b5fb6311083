package org.compassioncoach.session;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long and how many conversations the service remembers.
 *
 * @param ttl idle time after which a conversation is forgotten (default 2h)
 * @param maxConversations bound on conversations held in memory; the least recently used go
 * first (default 10000)
 * @param maxHistory messages kept per conversation and fed to the model (default 20)
 */
@Validated
@ConfigurationProperties("coach.session")
public record SessionProperties(@NotNull @DefaultValue("2h") Duration ttl,
		@Min(1) @Max(10_000_000) @DefaultValue("10000") int maxConversations,
		@Min(2) @Max(200) @DefaultValue("20") int maxHistory) {
}
