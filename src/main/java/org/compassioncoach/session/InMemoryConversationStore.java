package org.compassioncoach.session;

import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Caffeine-backed memory: bounded by count, forgotten after the idle time. */
@Component
class InMemoryConversationStore implements ConversationStore {

	private final Cache<String, Conversation> conversations;

	@Autowired
	InMemoryConversationStore(SessionProperties properties) {
		this(properties, Ticker.systemTicker());
	}

	InMemoryConversationStore(SessionProperties properties, Ticker ticker) {
		this.conversations = Caffeine.newBuilder()
			.maximumSize(properties.maxConversations())
			.expireAfterAccess(properties.ttl())
			.ticker(ticker)
			.executor(Runnable::run)
			.build();
	}

	@Override
	public Optional<Conversation> find(String id) {
		return Optional.ofNullable(this.conversations.getIfPresent(id));
	}

	@Override
	public void save(Conversation conversation) {
		this.conversations.put(conversation.id(), conversation);
	}

	@Override
	public boolean delete(String id) {
		return this.conversations.asMap().remove(id) != null;
	}

	@Override
	public long size() {
		this.conversations.cleanUp();
		return this.conversations.estimatedSize();
	}

}
