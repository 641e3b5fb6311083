package org.compassioncoach.flows;

/** The response's view of where the user is in a flow. */
public record FlowStatus(String id, String step, int stepNumber, int steps) {
}
