package org.compassioncoach.session;

import java.util.Optional;

/**
 * Where conversations live between turns. The in-memory default can be replaced by a shared
 * store (Redis) when the service runs on several machines.
 */
public interface ConversationStore {

	Optional<Conversation> find(String id);

	void save(Conversation conversation);

	/** Forgets a conversation; returns whether it existed. */
	boolean delete(String id);

	/** Conversations currently held (approximate). */
	long size();

}
