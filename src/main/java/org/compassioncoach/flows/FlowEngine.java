package org.compassioncoach.flows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Routes a turn: an explicit flow request, a navigation command (back, restart, quit,
 * resume), the current flow's step, or the free conversation that offers flows by intent.
 */
@Component
public class FlowEngine {

	private static final Pattern QUIT = Pattern.compile("(?i)^\\s*(quit|exit|stop( the)? (flow|this)|leave( the)? flow|end( the)? flow|cancel)\\W*$");

	private static final Pattern RESTART = Pattern.compile("(?i)^\\s*(restart|start (again|over))\\W*$");

	private static final Pattern BACK = Pattern.compile("(?i)^\\s*(back|go back|previous step|undo)\\W*$");

	private final Map<String, CoachingFlow> flows = new LinkedHashMap<>();

	private final FreeConversation free;

	FlowEngine(List<CoachingFlow> flows, FreeConversation free) {
		flows.forEach((flow) -> this.flows.put(flow.definition().id(), flow));
		this.free = free;
	}

	public List<FlowDefinition> definitions() {
		return this.flows.values().stream().map(CoachingFlow::definition).toList();
	}

	public Optional<FlowDefinition> definition(String id) {
		return Optional.ofNullable(this.flows.get(id)).map(CoachingFlow::definition);
	}

	public FlowStatus status(FlowState state) {
		if (state == null) {
			return null;
		}
		FlowDefinition definition = this.flows.get(state.flowId()).definition();
		return new FlowStatus(definition.id(), state.stepId(), definition.indexOf(state.stepId()) + 1,
				definition.steps().size());
	}

	public boolean isRolePlay(FlowState state) {
		return state != null && this.flows.containsKey(state.flowId()) && this.flows.get(state.flowId()).isRolePlay(state);
	}

	/**
	 * Decides how this turn is answered.
	 * @param current the flow state before the turn, or {@code null}
	 * @param requestedFlow a flow id the user asked for explicitly, or {@code null}
	 * @param message the user's message
	 */
	public RoutedTurn route(FlowState current, String requestedFlow, String message) {
		if (requestedFlow != null && (current == null || !requestedFlow.equals(current.flowId()))) {
			return this.flows.get(requestedFlow).start(message);
		}
		if (current == null) {
			return this.free.handle(message, this::definition);
		}
		CoachingFlow flow = this.flows.get(current.flowId());
		if (QUIT.matcher(message).matches()) {
			return this.free.leftFlow(flow.definition());
		}
		if (RESTART.matcher(message).matches()) {
			return flow.start("");
		}
		if (BACK.matcher(message).matches()) {
			int index = flow.definition().indexOf(current.stepId());
			String previous = flow.definition().steps().get(Math.max(0, index - 1)).id();
			return flow.handle(current.at(previous).with("_revisit", "true"), "");
		}
		return flow.handle(current.paused(false), message);
	}

}
