package org.compassioncoach.safety;

import java.util.List;
import java.util.Set;

/**
 * One service in the signposting directory, with what the coach needs to choose it.
 *
 * @param id stable id, e.g. {@code samaritans}
 * @param name the service's name
 * @param contact how to reach it, as a person would read it
 * @param url its web address, or empty
 * @param hours when it is open
 * @param description when to use it
 * @param when the levels it is offered at ({@code crisis}, {@code distress})
 * @param audience who it is for ({@code everyone}, {@code staff}, {@code doctors}, ...)
 * @param categories the risk categories it is for; empty = all
 * @param numbers the phone numbers and text short codes it publishes (the only ones a model
 * reply may contain)
 */
record DirectoryEntry(String id, String name, String contact, String url, String hours, String description,
		Set<SafetyLevel> when, Set<String> audience, Set<String> categories, List<String> numbers) {

	DirectoryEntry {
		url = (url != null) ? url : "";
		hours = (hours != null) ? hours : "";
		description = (description != null) ? description : "";
		when = Set.copyOf(when);
		audience = Set.copyOf(audience);
		categories = Set.copyOf(categories);
		numbers = List.copyOf(numbers);
	}

	SupportService service() {
		return new SupportService(this.id, this.name, this.contact, this.url, this.hours, this.description);
	}

	boolean offeredAt(SafetyLevel level) {
		return this.when.contains(level);
	}

	boolean forAnyOf(Set<String> audiences) {
		return this.audience.contains("everyone") || this.audience.contains("staff")
				|| this.audience.stream().anyMatch(audiences::contains);
	}

	boolean coversAnyOf(Set<String> found) {
		return this.categories.isEmpty() || this.categories.stream().anyMatch(found::contains);
	}

}
