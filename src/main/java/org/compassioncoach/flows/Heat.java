package org.compassioncoach.flows;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Notices the signs of a heated, reactive line: absolutes, insults, sarcasm, shouting. */
final class Heat {

	private static final Pattern MARKERS = Pattern.compile("(?i)\\b(always|never|every single time|ridiculous|"
			+ "useless|pathetic|lazy|stupid|incompetent|sick of|fed up|how dare|shut up|whatever|unbelievable|"
			+ "i don'?t care|not my problem|for god'?s sake|bloody|damn|hell|joke|you people|grow up|get a grip)\\b");

	private Heat() {
	}

	/** The heated words and signs found, quoted; empty when the line is calm. */
	static List<String> markers(String line) {
		List<String> found = new ArrayList<>();
		Matcher matcher = MARKERS.matcher(line);
		while (matcher.find()) {
			String word = matcher.group(1).toLowerCase(Locale.ROOT);
			if (!found.contains("\"" + word + "\"")) {
				found.add("\"" + word + "\"");
			}
		}
		if (line.contains("!!") || line.matches("(?s).*!\\s*$") && found.size() > 0) {
			found.add("exclamation marks");
		}
		for (String word : line.split("\\s+")) {
			if (word.length() >= 4 && word.equals(word.toUpperCase(Locale.ROOT)) && word.chars().anyMatch(Character::isLetter)) {
				found.add("capitals (\"" + word + "\")");
				break;
			}
		}
		return found;
	}

	static boolean isHeated(String line) {
		return !markers(line).isEmpty();
	}

}
