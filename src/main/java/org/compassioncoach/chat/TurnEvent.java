package org.compassioncoach.chat;

/** What a turn emits: text as it is written, then exactly one complete response. */
public sealed interface TurnEvent {

	/** A fragment of the reply; the fragments concatenate to the final reply. */
	record Delta(String text) implements TurnEvent {
	}

	/** The complete response; always last. */
	record Done(ChatResponse response) implements TurnEvent {
	}

}
