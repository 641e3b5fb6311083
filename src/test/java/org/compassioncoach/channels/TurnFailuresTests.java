package org.compassioncoach.channels;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;

class TurnFailuresTests {

	@Test
	void explainWhenTheConversationOrModelIsBusyAsksToSendAgain() {
		assertThat(TurnFailures.explain("Test", new ResponseStatusException(HttpStatus.CONFLICT, "busy")))
			.isEqualTo(TurnFailures.BUSY);
		assertThat(TurnFailures.explain("Test", new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "busy")))
			.isEqualTo(TurnFailures.BUSY);
	}

	@Test
	void explainWhenTheMessageIsRefusedGivesTheReason() {
		assertThat(TurnFailures.explain("Test", new ResponseStatusException(HttpStatus.BAD_REQUEST,
				"'message' is 4001 characters; the limit is 4000")))
			.isEqualTo("I couldn't take that message: 'message' is 4001 characters; the limit is 4000.");
	}

	@Test
	void explainWhenAnythingElseFailsApologisesAndPointsToEmergencyHelp() {
		assertThat(TurnFailures.explain("Test", new IllegalStateException("boom"))).isEqualTo(TurnFailures.FAILED)
			.contains("emergency services");
	}

}
