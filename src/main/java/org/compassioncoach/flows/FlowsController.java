package org.compassioncoach.flows;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/flows}: the flows, from their definitions. */
@RestController
class FlowsController {

	private final FlowEngine flows;

	FlowsController(FlowEngine flows) {
		this.flows = flows;
	}

	@GetMapping("/api/v1/flows")
	List<FlowView> flows() {
		return this.flows.definitions()
			.stream()
			.map((flow) -> new FlowView(flow.id(), flow.title(), flow.description(), flow.stepIds(),
					flow.steps().stream().map(FlowDefinition.Step::title).toList()))
			.toList();
	}

	record FlowView(String id, String title, String description, List<String> steps, List<String> stepTitles) {
	}

}
