package org.compassioncoach.flows;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import reactor.core.publisher.Mono;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Routes a turn: an explicit flow request, a navigation command (back, restart, quit,
 * resume), the current flow's step, or the free conversation that offers flows by intent.
 */
@Component
public class FlowEngine {

	private static final Pattern QUIT = Pattern.compile(
			"(?i)^\\s*(quit|exit|stop( the)? (flow|this)|leave( the)? flow|end( the)? flow|cancel|quit (the )?flow)\\W*$");

	private static final Pattern RESTART = Pattern.compile("(?i)^\\s*(restart|start (again|over)|begin again)\\W*$");

	private static final Pattern PAUSE = Pattern.compile("(?i)^\\s*(pause( the flow| this)?|take a break|hold on|wait)\\W*$");

	private static final Pattern BACK = Pattern.compile("(?i)^\\s*(back|go back|previous step|undo)\\W*$");

	private static final List<String> ORDER = List.of(FlowIds.RADICAL_CANDOUR, FlowIds.PAUSE, FlowIds.EMPATHY_TRAP,
			FlowIds.SCRIPT, FlowIds.SUPERVISION);

	private final Map<String, CoachingFlow> flows = new LinkedHashMap<>();

	private final FreeConversation free;

	FlowEngine(List<CoachingFlow> flows, FreeConversation free) {
		flows.stream()
			.sorted(Comparator.comparingInt((CoachingFlow flow) -> order(flow.definition().id())))
			.forEach((flow) -> this.flows.put(flow.definition().id(), flow));
		this.free = free;
	}

	public List<FlowDefinition> definitions() {
		return this.flows.values().stream().map(CoachingFlow::definition).toList();
	}

	public Optional<FlowDefinition> definition(String id) {
		return Optional.ofNullable(this.flows.get(id)).map(CoachingFlow::definition);
	}

	public FlowStatus status(FlowState state) {
		if (state == null || !this.flows.containsKey(state.flowId())) {
			return null;
		}
		FlowDefinition definition = this.flows.get(state.flowId()).definition();
		return new FlowStatus(definition.id(), state.stepId(), definition.indexOf(state.stepId()) + 1,
				definition.steps().size());
	}

	public boolean isRolePlay(FlowState state) {
		return state != null && this.flows.containsKey(state.flowId())
				&& this.flows.get(state.flowId()).isRolePlay(state);
	}

	/**
	 * Decides how this turn is answered.
	 * @param current the flow state before the turn, or {@code null}
	 * @param requestedFlow a flow id the user asked for explicitly, or {@code null}
	 * @param message the user's message
	 */
	public RoutedTurn route(FlowState current, String requestedFlow, String message) {
		String requested = (requestedFlow != null) ? requestedFlow : namedFlow(message);
		if (requested != null && (current == null || !requested.equals(current.flowId()))) {
			return this.flows.get(requested).start(message);
		}
		if (current == null || !this.flows.containsKey(current.flowId())) {
			return this.free.handle(message, this::definition);
		}
		CoachingFlow flow = this.flows.get(current.flowId());
		if (QUIT.matcher(message).matches()) {
			return this.free.leftFlow(flow.definition());
		}
		if (RESTART.matcher(message).matches() || (requested != null && Commands.isStart(message))) {
			return flow.start("");
		}
		if (PAUSE.matcher(message).matches()) {
			return paused(flow.definition(), current.paused(true));
		}
		if (BACK.matcher(message).matches()) {
			int index = flow.definition().indexOf(current.stepId());
			String previous = flow.definition().steps().get(Math.max(0, index - 1)).id();
			return flow.ask(current.at(previous), "Let's go back a step.\n\n");
		}
		// An empty message is the pipeline resuming a flow after support; "continue" is the user's own.
		if (message.isBlank() || (current.paused() && Commands.isContinue(message))) {
			return flow.ask(current.paused(false), "Welcome back. Let's pick up where we left off.\n\n");
		}
		return flow.handle(current.paused(false), message);
	}

	private static RoutedTurn paused(FlowDefinition flow, FlowState state) {
		String reply = "Paused. Take whatever time you need; **" + flow.title() + "** will wait here. Say *continue* "
				+ "when you're ready, or *quit* to leave it.";
		return new RoutedTurn(flow.title(), List.of(), (passages) -> Mono.just(new StepPlan(state,
				"steps/free", Map.of("situation", "The user paused the " + flow.title() + " flow."), reply,
				List.of("Continue", "Quit"), List.of(), false, null)));
	}

	/** The flow a "Start: …" message names by title or id, if any. */
	private String namedFlow(String message) {
		if (!Commands.isStart(message)) {
			return null;
		}
		String text = message.toLowerCase(Locale.ROOT);
		for (CoachingFlow flow : this.flows.values()) {
			FlowDefinition definition = flow.definition();
			if (text.contains(definition.id()) || text.contains(definition.title().toLowerCase(Locale.ROOT))) {
				return definition.id();
			}
		}
		return null;
	}

	private static int order(String id) {
		int index = ORDER.indexOf(id);
		return (index >= 0) ? index : ORDER.size();
	}

}
