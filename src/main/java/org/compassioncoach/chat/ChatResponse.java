package org.compassioncoach.chat;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.compassioncoach.flows.Breathing;
import org.compassioncoach.flows.FlowStatus;
import org.compassioncoach.knowledge.Citation;
import org.compassioncoach.safety.SupportService;

/**
 * The coach's answer to a turn, exactly as API.md describes it.
 *
 * @param conversationId the conversation, to send with the next turn
 * @param reply Markdown for the user
 * @param mode {@code offline} or {@code llm}: which generator wrote the reply
 * @param flow where the user is in a flow, or {@code null}
 * @param citations the cards the reply drew on
 * @param safety the safety level of this turn and the services to show
 * @param suggestions quick replies
 * @param breathing a timed breathing cue for the page to render (only in the pause step)
 */
public record ChatResponse(String conversationId, String reply, String mode, FlowStatus flow,
		List<Citation> citations, Safety safety, List<String> suggestions,
		@JsonInclude(JsonInclude.Include.NON_NULL) Breathing breathing) {

	/** A response without a breathing cue (every step but the pause). */
	public ChatResponse(String conversationId, String reply, String mode, FlowStatus flow, List<Citation> citations,
			Safety safety, List<String> suggestions) {
		this(conversationId, reply, mode, flow, citations, safety, suggestions, null);
	}

	/**
	 * @param level {@code none}, {@code distress} or {@code crisis}
	 * @param signposts services to show, most urgent first
	 */
	public record Safety(String level, List<SupportService> signposts) {
	}

}
