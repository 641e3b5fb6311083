package org.compassioncoach.safety;

import java.util.List;

/**
 * The verdict on one message.
 *
 * @param level the highest level found
 * @param categories what was found, e.g. {@code suicidal-thoughts}, {@code burnout}
 */
public record SafetyAssessment(SafetyLevel level, List<String> categories) {

	public SafetyAssessment {
		categories = List.copyOf(categories);
	}

	public static SafetyAssessment none() {
		return new SafetyAssessment(SafetyLevel.NONE, List.of());
	}

}
