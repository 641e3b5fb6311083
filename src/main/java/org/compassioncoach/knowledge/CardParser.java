package org.compassioncoach.knowledge;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads a card file: YAML front matter between {@code ---} lines, then the Markdown body. */
final class CardParser {

	private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\s*\\R(.*?)\\R---\\s*\\R(.*)\\z",
			Pattern.DOTALL);

	private static final List<String> REQUIRED = List.of("id", "title", "source", "section");

	private CardParser() {
	}

	static KnowledgeCard parse(String name, String content) {
		Matcher matcher = FRONT_MATTER.matcher(content.replace("\r\n", "\n"));
		if (!matcher.matches()) {
			throw new InvalidCardException(name + ": no front matter (a '---' block at the top)");
		}
		Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(matcher.group(1));
		if (!(parsed instanceof Map<?, ?> front)) {
			throw new InvalidCardException(name + ": front matter is not a YAML map");
		}
		for (String key : REQUIRED) {
			if (!(front.get(key) instanceof String value) || value.isBlank()) {
				throw new InvalidCardException(name + ": front matter needs '" + key + "'");
			}
		}
		String body = matcher.group(2).strip();
		if (body.isEmpty()) {
			throw new InvalidCardException(name + ": the card has no body");
		}
		return new KnowledgeCard((String) front.get("id"), (String) front.get("title"), (String) front.get("source"),
				String.valueOf(front.get("section")), list(front.get("tags")), (String) front.get("use-when"),
				list(front.get("questions")), body);
	}

	private static List<String> list(Object value) {
		if (value instanceof List<?> list) {
			return list.stream().map(String::valueOf).toList();
		}
		if (value instanceof String text) {
			return List.of(text.split("\\s*,\\s*"));
		}
		return List.of();
	}

	static final class InvalidCardException extends IllegalStateException {

		InvalidCardException(String message) {
			super(message);
		}

	}

}
