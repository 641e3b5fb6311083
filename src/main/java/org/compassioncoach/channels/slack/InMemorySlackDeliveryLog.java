package org.compassioncoach.channels.slack;

import java.time.Duration;
import java.util.Collection;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

/** The single-instance delivery log: keys expire a fixed time after they were recorded. */
final class InMemorySlackDeliveryLog implements SlackDeliveryLog {

	static final long MAX_KEYS = 200_000;

	private final Cache<String, Boolean> seen;

	InMemorySlackDeliveryLog(Duration ttl, Ticker ticker) {
		this.seen = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(MAX_KEYS).ticker(ticker).build();
	}

	@Override
	public synchronized boolean firstDelivery(Collection<String> keys) {
		for (String key : keys) {
			if (this.seen.getIfPresent(key) != null) {
				return false;
			}
		}
		keys.forEach((key) -> this.seen.put(key, Boolean.TRUE));
		return true;
	}

}
