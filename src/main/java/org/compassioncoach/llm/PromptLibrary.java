package org.compassioncoach.llm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every prompt the model sees, read once at start-up from {@code prompts/} (packaged) or
 * {@code coach.prompts.dir}. Templates use {@code {{name}}} variables; a missing variable is
 * an error, not an empty string, so a prompt change cannot silently drop content.
 */
@Component
public class PromptLibrary {

	private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([a-zA-Z][\\w-]*)\\s*}}");

	private final Map<String, String> templates;

	/** Each template cut once into literal text and variable names, so a turn only appends. */
	private final Map<String, List<Segment>> parsed;

	@Autowired
	PromptLibrary(PromptProperties properties) {
		this(load(properties.dir()));
	}

	PromptLibrary(Map<String, String> templates) {
		this.templates = Map.copyOf(templates);
		if (!this.templates.containsKey("system")) {
			throw new IllegalStateException("prompts/system.md is missing");
		}
		Map<String, List<Segment>> parsed = new HashMap<>();
		// The outer white space of a template never survives rendering (the result is stripped),
		// so it is dropped once here; a template without variables then renders without a copy.
		this.templates.forEach((name, template) -> parsed.put(name, parse(template.strip())));
		this.parsed = Map.copyOf(parsed);
	}

	public boolean has(String name) {
		return this.templates.containsKey(name);
	}

	/** Renders {@code prompts/<name>.md} with the variables. */
	public String render(String name, Map<String, String> variables) {
		List<Segment> segments = this.parsed.get(name);
		if (segments == null) {
			throw new IllegalArgumentException("No prompt named '" + name + "'");
		}
		if (segments.size() == 1 && segments.get(0).variable() == null) {
			return segments.get(0).text();
		}
		// Appending pre-cut segments into a buffer of the exact size, instead of
		// Matcher.appendReplacement: that re-read every value (the retrieved cards, several KB)
		// character by character on every turn, and was the largest single cost of a streamed
		// turn in a profile under load.
		int length = 0;
		for (Segment segment : segments) {
			length += (segment.variable() == null) ? segment.text().length() : value(name, segment, variables).length();
		}
		StringBuilder out = new StringBuilder(length);
		for (Segment segment : segments) {
			out.append((segment.variable() == null) ? segment.text() : value(name, segment, variables));
		}
		return out.toString().strip();
	}

	private static String value(String name, Segment segment, Map<String, String> variables) {
		String value = variables.get(segment.variable());
		if (value == null) {
			throw new IllegalArgumentException("Prompt '" + name + "' needs '" + segment.variable() + "'");
		}
		return value;
	}

	private static List<Segment> parse(String template) {
		List<Segment> segments = new ArrayList<>();
		Matcher matcher = VARIABLE.matcher(template);
		int last = 0;
		while (matcher.find()) {
			if (matcher.start() > last) {
				segments.add(new Segment(template.substring(last, matcher.start()), null));
			}
			segments.add(new Segment(null, matcher.group(1)));
			last = matcher.end();
		}
		if (last < template.length()) {
			segments.add(new Segment(template.substring(last), null));
		}
		return List.copyOf(segments);
	}

	/** Literal text, or (when {@code variable} is set) the place of a variable. */
	private record Segment(String text, String variable) {
	}

	/** Every prompt's text, so the output guard can notice a reply that recites them. */
	public Map<String, String> all() {
		return this.templates;
	}

	private static Map<String, String> load(Path dir) {
		Map<String, String> templates = new HashMap<>();
		try {
			if (dir != null) {
				try (Stream<Path> files = Files.walk(dir)) {
					for (Path file : files.filter((f) -> f.toString().endsWith(".md")).toList()) {
						String name = dir.relativize(file).toString().replace('\\', '/').replaceAll("\\.md$", "");
						templates.put(name, Files.readString(file));
					}
				}
				return templates;
			}
			PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
			for (Resource resource : resolver.getResources("classpath*:prompts/**/*.md")) {
				String url = resource.getURL().toString();
				String name = url.substring(url.lastIndexOf("prompts/") + "prompts/".length()).replaceAll("\\.md$", "");
				templates.put(name, resource.getContentAsString(StandardCharsets.UTF_8));
			}
			return templates;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
