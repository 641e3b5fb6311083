package org.compassioncoach.safety;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code POST /api/v1/safety/assess} and {@code GET /api/v1/support-services}: maps HTTP to the safety layer. */
@RestController
class SafetyController {

	static final int MAX_TEXT = 4000;

	private final SupportiveSafetyGate gate;

	private final SupportDirectory directory;

	SafetyController(SupportiveSafetyGate gate, SupportDirectory directory) {
		this.gate = gate;
		this.directory = directory;
	}

	@PostMapping(path = "/api/v1/safety/assess", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<AssessResponse> assess(@RequestBody AssessRequest request) {
		if (request == null || request.text() == null || request.text().isBlank()) {
			return Mono.error(new ResponseStatusException(HttpStatus.BAD_REQUEST, "'text' must not be empty"));
		}
		if (request.text().length() > MAX_TEXT) {
			return Mono.error(new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"'text' is " + request.text().length() + " characters; the limit is " + MAX_TEXT));
		}
		return this.gate.assessMessage(request.text())
			.map((finding) -> new AssessResponse(finding.level(), finding.categories(), this.gate.signposts(finding)));
	}

	@GetMapping(path = "/api/v1/support-services", produces = MediaType.APPLICATION_JSON_VALUE)
	List<SupportService> services() {
		return this.directory.services();
	}

	/** The text to assess. */
	record AssessRequest(String text) {
	}

	/**
	 * The verdict on the text alone (no conversation).
	 *
	 * @param level {@code none}, {@code distress} or {@code crisis}
	 * @param categories what was found, most serious first
	 * @param signposts the services to show, most urgent first
	 */
	record AssessResponse(SafetyLevel level, List<String> categories, List<SupportService> signposts) {
	}

}
