package org.compassioncoach.candour;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.springframework.core.io.ClassPathResource;

/** The role-play personas and their line banks from {@code flows/personas.yaml}, checked once. */
final class PersonaBank {

	static final String LOCATION = "flows/personas.yaml";

	private final Map<String, Persona> personas;

	private PersonaBank(Map<String, Persona> personas) {
		this.personas = personas;
	}

	/** Loads the built-in personas; a persona without every line bank fails at start-up. */
	static PersonaBank load() {
		try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
			return parse(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + LOCATION, ex);
		}
	}

	@SuppressWarnings("unchecked")
	static PersonaBank parse(InputStream in) {
		Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		Map<String, Object> entries = (Map<String, Object>) root.get("personas");
		if (entries == null || entries.isEmpty()) {
			throw new IllegalStateException(LOCATION + " has no personas");
		}
		Map<String, Persona> personas = new LinkedHashMap<>();
		entries.forEach((name, value) -> {
			Map<String, Object> entry = (Map<String, Object>) value;
			Map<Reaction, List<String>> lines = new EnumMap<>(Reaction.class);
			for (Reaction reaction : Reaction.values()) {
				Object bank = entry.get(reaction.key());
				if (!(bank instanceof List<?> list) || list.isEmpty()) {
					throw new IllegalStateException(
							LOCATION + ": persona '" + name + "' has no '" + reaction.key() + "' lines");
				}
				List<String> texts = new ArrayList<>();
				list.forEach((line) -> texts.add(String.valueOf(line)));
				lines.put(reaction, List.copyOf(texts));
			}
			Object escalation = entry.getOrDefault("escalation", 1);
			personas.put(name, new Persona(name, String.valueOf(entry.getOrDefault("description", name)),
					((Number) escalation).intValue(), lines));
		});
		return new PersonaBank(personas);
	}

	List<String> names() {
		return List.copyOf(this.personas.keySet());
	}

	Persona persona(String name) {
		Persona persona = (name != null) ? this.personas.get(name.strip().toLowerCase(Locale.ROOT)) : null;
		if (persona == null) {
			throw new IllegalArgumentException(
					"Unknown persona '" + name + "'; valid personas are: " + String.join(", ", names()));
		}
		return persona;
	}

	/** One colleague: how they come across, how worked up they start, and what they say. */
	record Persona(String name, String description, int escalation, Map<Reaction, List<String>> lines) {

		Persona {
			lines = Map.copyOf(lines);
		}

		List<String> lines(Reaction reaction) {
			return this.lines.get(reaction);
		}

	}

}
