package org.compassioncoach.llm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
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

	@Autowired
	PromptLibrary(PromptProperties properties) {
		this(load(properties.dir()));
	}

	PromptLibrary(Map<String, String> templates) {
		this.templates = Map.copyOf(templates);
		if (!this.templates.containsKey("system")) {
			throw new IllegalStateException("prompts/system.md is missing");
		}
	}

	public boolean has(String name) {
		return this.templates.containsKey(name);
	}

	/** Renders {@code prompts/<name>.md} with the variables. */
	public String render(String name, Map<String, String> variables) {
		String template = this.templates.get(name);
		if (template == null) {
			throw new IllegalArgumentException("No prompt named '" + name + "'");
		}
		Matcher matcher = VARIABLE.matcher(template);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String value = variables.get(matcher.group(1));
			if (value == null) {
				throw new IllegalArgumentException("Prompt '" + name + "' needs '" + matcher.group(1) + "'");
			}
			matcher.appendReplacement(out, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(out);
		return out.toString().strip();
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
