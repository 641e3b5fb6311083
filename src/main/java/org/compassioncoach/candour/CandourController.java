package org.compassioncoach.candour;

import java.util.List;

import reactor.core.publisher.Mono;

import org.compassioncoach.chat.InvalidTurnException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/candour/assess}: the candour assessor, exposed for tools and evaluation. */
@RestController
class CandourController {

	static final int MAX_TEXT = 4000;

	private final CandourAssessor assessor;

	CandourController(CandourAssessor assessor) {
		this.assessor = assessor;
	}

	@PostMapping(path = "/api/v1/candour/assess", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<AssessResponse> assess(@RequestBody AssessRequest request) {
		return Mono.defer(() -> this.assessor.assess(validated(request)).map(AssessResponse::of));
	}

	private static String validated(AssessRequest request) {
		if (request == null || request.text() == null || request.text().isBlank()) {
			throw new InvalidTurnException(HttpStatus.BAD_REQUEST, "'text' must not be empty");
		}
		if (request.text().length() > MAX_TEXT) {
			throw new InvalidTurnException(HttpStatus.BAD_REQUEST,
					"'text' is " + request.text().length() + " characters; the limit is " + MAX_TEXT);
		}
		return request.text();
	}

	/** The request body. */
	record AssessRequest(String text) {
	}

	/** The response body: the API.md fields first, then the detail for a debrief. */
	record AssessResponse(String quadrant, double care, double challenge, List<String> observations,
			String suggestion, String summary, String topic, List<FindingView> findings, List<String> cues) {

		static AssessResponse of(CandourAssessment assessment) {
			return new AssessResponse(assessment.quadrant().id(), assessment.care(), assessment.challenge(),
					assessment.observations(), assessment.suggestion(), assessment.summary(), assessment.topic(),
					assessment.findings().stream().map(FindingView::of).toList(),
					assessment.cues().stream().sorted().map(Cue::key).toList());
		}

	}

	/** One practice-tip finding as JSON. */
	record FindingView(String tip, String title, String source, boolean passed, String observation,
			List<String> evidence) {

		static FindingView of(Finding finding) {
			return new FindingView(finding.tip().id(), finding.tip().title(), finding.tip().source(), finding.passed(),
					finding.observation(), finding.evidence());
		}

	}

}
