package org.compassioncoach.flows;

/** One coaching flow: its definition and how each of its steps answers. */
interface CoachingFlow {

	FlowDefinition definition();

	/** The first turn after the user chose the flow; {@code message} may be empty. */
	RoutedTurn start(String message);

	/** A turn inside the flow (commands such as back or quit are handled before this). */
	RoutedTurn handle(FlowState state, String message);

	/** Asks the current step's question again, after a pause, a "back" or a resume. */
	RoutedTurn ask(FlowState state, String preface);

	/** Whether the user is currently role-playing (a disclosure is still the user's own). */
	default boolean isRolePlay(FlowState state) {
		return false;
	}

}
