package org.compassioncoach.channels.slack;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InMemorySlackDeliveryLogTests {

	private final AtomicLong nanos = new AtomicLong();

	private final InMemorySlackDeliveryLog log = new InMemorySlackDeliveryLog(Duration.ofMinutes(10), this.nanos::get);

	@Test
	void firstDeliveryAcceptsUnknownKeysOnce() {
		assertThat(this.log.firstDelivery(List.of("event:Ev1", "message:T:D:1.1"))).isTrue();
		assertThat(this.log.firstDelivery(List.of("event:Ev1", "message:T:D:1.1"))).isFalse();
	}

	@Test
	void firstDeliveryRefusesTheSameMessageUnderAnotherEventId() {
		assertThat(this.log.firstDelivery(List.of("event:Ev1", "message:T:D:1.1", "client:abc"))).isTrue();
		assertThat(this.log.firstDelivery(List.of("event:Ev2", "message:T:D:1.1"))).isFalse();
		assertThat(this.log.firstDelivery(List.of("event:Ev3", "message:T:D:9.9", "client:abc"))).isFalse();
	}

	@Test
	void firstDeliveryRecordsNothingForADuplicate() {
		this.log.firstDelivery(List.of("event:Ev1"));
		assertThat(this.log.firstDelivery(List.of("event:Ev1", "message:T:D:2.2"))).isFalse();
		assertThat(this.log.firstDelivery(List.of("event:Ev9", "message:T:D:2.2"))).isTrue();
	}

	@Test
	void firstDeliveryForgetsKeysAfterTheirTimeToLive() {
		this.log.firstDelivery(List.of("event:Ev1"));
		this.nanos.addAndGet(Duration.ofMinutes(11).toNanos());
		assertThat(this.log.firstDelivery(List.of("event:Ev1"))).isTrue();
	}

}
