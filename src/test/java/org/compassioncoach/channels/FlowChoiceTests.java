package org.compassioncoach.channels;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.compassioncoach.chat.ChatRequest;
import org.compassioncoach.flows.FlowDefinition;

import static org.assertj.core.api.Assertions.assertThat;

class FlowChoiceTests {

	private static final List<FlowDefinition> FLOWS = List.of(
			new FlowDefinition("radical-candour", "Radical candour rehearsal", "Rehearse.", List.of()),
			new FlowDefinition("power-of-the-pause", "The power of the pause", "Pause.", List.of()));

	@Test
	void requestWhenStartNamesAFlowIdStartsIt() {
		assertThat(FlowChoice.request("c", "start radical-candour", FLOWS, false))
			.isEqualTo(new ChatRequest("c", "Start: Radical candour rehearsal", "radical-candour"));
		assertThat(FlowChoice.request("c", "Start power-of-the-pause I snapped at Sam", FLOWS, false))
			.isEqualTo(new ChatRequest("c", "I snapped at Sam", "power-of-the-pause"));
	}

	@Test
	void requestWhenAQuickReplyNamesAFlowTitleStartsIt() {
		assertThat(FlowChoice.request("c", "Start: The power of the pause", FLOWS, false))
			.isEqualTo(new ChatRequest("c", "Start: The power of the pause", "power-of-the-pause"));
	}

	@Test
	void requestStartsAFlowFromABareIdOnlyWhereAsked() {
		assertThat(FlowChoice.request("c", "radical-candour", FLOWS, true).flow()).isEqualTo("radical-candour");
		assertThat(FlowChoice.request("c", "radical-candour", FLOWS, false).flow()).isNull();
	}

	@Test
	void requestWhenNoFlowIsNamedKeepsTheMessage() {
		assertThat(FlowChoice.request("c", "  start again ", FLOWS, false))
			.isEqualTo(new ChatRequest("c", "start again", null));
		assertThat(FlowChoice.request("c", "what is radical candour?", FLOWS, true))
			.isEqualTo(new ChatRequest("c", "what is radical candour?", null));
	}

}
