package org.compassioncoach.candour;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class CandourControllerTests {

	@Autowired
	private WebTestClient client;

	@Test
	void assessReturnsQuadrantScoresObservationsAndSuggestion() {
		this.client.post()
			.uri("/api/v1/candour/assess")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("text", "You're useless. Your notes are always late."))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.quadrant")
			.isEqualTo("obnoxious_aggression")
			.jsonPath("$.care")
			.value((Double care) -> assertThat(care).isBetween(0.0, 0.5))
			.jsonPath("$.challenge")
			.value((Double challenge) -> assertThat(challenge).isBetween(0.5, 1.0))
			.jsonPath("$.observations[?(@ =~ /.*useless.*/)]")
			.exists()
			.jsonPath("$.suggestion")
			.value((String suggestion) -> assertThat(suggestion).contains("notes"))
			.jsonPath("$.findings[0].tip")
			.isEqualTo("bottom-line-first");
	}

	@Test
	void assessWhenTextIsBlankReturnsProblem() {
		this.client.post()
			.uri("/api/v1/candour/assess")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("text", "   "))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(400)
			.jsonPath("$.detail")
			.isEqualTo("'text' must not be empty");
	}

	@Test
	void assessWhenTextIsMissingReturnsProblem() {
		this.client.post()
			.uri("/api/v1/candour/assess")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void assessWhenTextIsTooLongReturnsProblemWithoutEchoingIt() {
		String tooLong = "late ".repeat(801);
		this.client.post()
			.uri("/api/v1/candour/assess")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("text", tooLong))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(String.class)
			.value((body) -> assertThat(body)
				.contains("4005 characters; the limit is 4000")
				.doesNotContain("late late"));
	}

}
