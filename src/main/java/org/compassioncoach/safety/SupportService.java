package org.compassioncoach.safety;

/**
 * A service the coach signposts to, as the API shows it.
 *
 * @param id stable id, e.g. {@code samaritans}
 * @param name the service's name
 * @param contact how to reach it, as a person would read it ("Call 116 123")
 * @param url its web address, or empty
 * @param hours when it is open
 * @param description when to use it
 */
public record SupportService(String id, String name, String contact, String url, String hours,
		String description) {
}
