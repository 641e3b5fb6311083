package org.compassioncoach.bench;

import java.util.HashMap;
import java.util.Map;

/** {@code --name=value} command-line options with defaults. */
final class Args {

	private final Map<String, String> values = new HashMap<>();

	Args(String[] args) {
		for (String arg : args) {
			if (!arg.startsWith("--")) {
				throw new IllegalArgumentException("Options look like --name=value: " + arg);
			}
			int equals = arg.indexOf('=');
			this.values.put((equals < 0) ? arg.substring(2) : arg.substring(2, equals),
					(equals < 0) ? "true" : arg.substring(equals + 1));
		}
	}

	int integer(String name, int fallback) {
		return this.values.containsKey(name) ? Integer.parseInt(this.values.get(name)) : fallback;
	}

	String text(String name, String fallback) {
		return this.values.getOrDefault(name, fallback);
	}

}
