package org.compassioncoach.safety;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** How worried the coach is about the person behind a message, lowest first. */
public enum SafetyLevel {

	NONE, DISTRESS, CRISIS;

	@JsonValue
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	public SafetyLevel atLeast(SafetyLevel other) {
		return (compareTo(other) >= 0) ? this : other;
	}

}
