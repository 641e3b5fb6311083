package org.compassioncoach.channels;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Without their secrets the channel endpoints do not exist. */
@SpringBootTest
@AutoConfigureWebTestClient
class ChannelsUnconfiguredTests {

	@Autowired
	private WebTestClient client;

	@Test
	void slackEventsWithoutSigningSecretAnswer404() {
		notFound("/slack/events", MediaType.APPLICATION_JSON, "{\"type\":\"url_verification\",\"challenge\":\"x\"}");
	}

	@Test
	void slackCommandsWithoutSigningSecretAnswer404() {
		notFound("/slack/commands", MediaType.APPLICATION_FORM_URLENCODED, "command=%2Fcoach&text=hello");
	}

	@Test
	void teamsWithoutWebhookSecretAnswers404() {
		notFound("/teams/messages", MediaType.APPLICATION_JSON, "{\"type\":\"message\",\"text\":\"hello\"}");
	}

	private void notFound(String path, MediaType type, String body) {
		this.client.post()
			.uri(path)
			.contentType(type)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(404);
	}

}
