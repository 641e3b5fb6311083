package org.compassioncoach.session;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Conversation memory is bounded in count and forgets idle conversations. */
class InMemoryConversationStoreTests {

	private final AtomicLong nanos = new AtomicLong();

	@Test
	void storeHoldsAtMostMaxConversations() {
		InMemoryConversationStore store = new InMemoryConversationStore(new SessionProperties(Duration.ofHours(2), 50, 20),
				this.nanos::get);
		for (int i = 0; i < 500; i++) {
			store.save(Conversation.start("c-" + i, Instant.EPOCH));
		}
		assertThat(store.size()).isLessThanOrEqualTo(50);
	}

	@Test
	void storeForgetsAConversationIdleLongerThanTheTtl() {
		InMemoryConversationStore store = new InMemoryConversationStore(
				new SessionProperties(Duration.ofMinutes(30), 100, 20), this.nanos::get);
		store.save(Conversation.start("c-idle", Instant.EPOCH));
		store.save(Conversation.start("c-busy", Instant.EPOCH));
		this.nanos.addAndGet(Duration.ofMinutes(20).toNanos());
		assertThat(store.find("c-busy")).isPresent();
		this.nanos.addAndGet(Duration.ofMinutes(20).toNanos());
		assertThat(store.find("c-idle")).isEmpty();
		assertThat(store.find("c-busy")).isPresent();
	}

	@Test
	void deleteForgetsAndReportsWhetherItExisted() {
		InMemoryConversationStore store = new InMemoryConversationStore(new SessionProperties(Duration.ofHours(2), 10, 20),
				this.nanos::get);
		store.save(Conversation.start("c-1", Instant.EPOCH));
		assertThat(store.delete("c-1")).isTrue();
		assertThat(store.delete("c-1")).isFalse();
		assertThat(store.find("c-1")).isEmpty();
	}

	@Test
	void historyKeepsOnlyTheMostRecentMessages() {
		Conversation conversation = Conversation.start("c-1", Instant.EPOCH);
		for (int i = 0; i < 30; i++) {
			conversation = conversation.withMessage(new Exchange(Exchange.Speaker.USER, "m" + i), 20);
		}
		assertThat(conversation.history()).hasSize(20);
		assertThat(conversation.history().get(0).text()).isEqualTo("m10");
	}

}
