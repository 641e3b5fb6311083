package org.compassioncoach.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The signposting directory in force: the built-in UK services, replaced or extended by
 * {@code coach.support.directory} (a broken file stops start-up with the reason).
 */
@Component
class SupportDirectory {

	static final String BUILT_IN = "safety/support-directory.yaml";

	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

	private static final Pattern NUMBER = Pattern.compile("\\+?[0-9][0-9 ]{1,19}");

	private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

	private final List<DirectoryEntry> entries;

	@Autowired
	SupportDirectory(SupportProperties properties) {
		this(load(properties.directory()));
	}

	SupportDirectory(List<DirectoryEntry> entries) {
		if (entries.isEmpty()) {
			throw new IllegalStateException("The support directory has no services");
		}
		this.entries = List.copyOf(entries);
	}

	/** Every service, in display order (most urgent first). */
	List<DirectoryEntry> entries() {
		return this.entries;
	}

	List<SupportService> services() {
		return this.entries.stream().map(DirectoryEntry::service).toList();
	}

	/**
	 * The services to show for a situation, most urgent first.
	 * @param level the level of the situation
	 * @param topics the categories found (plus topics such as {@code abuse})
	 * @param audiences who the person is ({@code doctors} adds Practitioner Health)
	 */
	List<SupportService> signposts(SafetyLevel level, Set<String> topics, Set<String> audiences) {
		if (level == SafetyLevel.NONE) {
			return List.of();
		}
		return this.entries.stream()
			.filter((entry) -> entry.offeredAt(level) && entry.forAnyOf(audiences) && entry.coversAnyOf(topics))
			.map(DirectoryEntry::service)
			.toList();
	}

	/** Every published phone number and short code, digits only (a UK +44 prefix read as 0). */
	Set<String> allowedNumbers() {
		Set<String> numbers = new LinkedHashSet<>();
		for (DirectoryEntry entry : this.entries) {
			entry.numbers().forEach((number) -> numbers.add(digits(number)));
		}
		return numbers;
	}

	/** The web hosts of every service, without {@code www.}. */
	Set<String> allowedHosts() {
		Set<String> hosts = new LinkedHashSet<>();
		for (DirectoryEntry entry : this.entries) {
			if (!entry.url().isBlank()) {
				hosts.add(host(entry.url()));
			}
		}
		return hosts;
	}

	/** Every email address the services publish in their contact text. */
	Set<String> allowedEmails() {
		Set<String> emails = new LinkedHashSet<>();
		for (DirectoryEntry entry : this.entries) {
			Matcher matcher = EMAIL.matcher(entry.contact() + " " + entry.description());
			while (matcher.find()) {
				emails.add(matcher.group().toLowerCase(Locale.ROOT));
			}
		}
		return emails;
	}

	static String digits(String number) {
		String digits = number.replaceAll("\\D", "");
		return digits.startsWith("44") && number.strip().startsWith("+") ? "0" + digits.substring(2) : digits;
	}

	static String host(String url) {
		String host = url.toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "").replaceFirst("[/?#:].*$", "");
		return host.startsWith("www.") ? host.substring(4) : host;
	}

	static List<DirectoryEntry> load(Path file) {
		List<DirectoryEntry> builtIn = parse(BUILT_IN, readBuiltIn()).entries();
		if (file == null) {
			return builtIn;
		}
		if (!Files.isRegularFile(file)) {
			throw new IllegalStateException("coach.support.directory is not a readable file: " + file);
		}
		Parsed custom;
		try {
			custom = parse(file.toString(), Files.readString(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (custom.replace()) {
			return custom.entries();
		}
		Map<String, DirectoryEntry> merged = new LinkedHashMap<>();
		builtIn.forEach((entry) -> merged.put(entry.id(), entry));
		custom.entries().forEach((entry) -> merged.put(entry.id(), entry));
		return new ArrayList<>(merged.values());
	}

	private static String readBuiltIn() {
		try (InputStream in = new ClassPathResource(BUILT_IN).getInputStream()) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The parsed file: its services and whether it replaces the built-in directory. */
	private record Parsed(List<DirectoryEntry> entries, boolean replace) {
	}

	private static Parsed parse(String name, String yaml) {
		Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
		if (!(root instanceof Map<?, ?> top) || !(top.get("services") instanceof List<?> services)) {
			throw invalid(name, "needs a top-level 'services' list");
		}
		Object modeValue = top.get("mode");
		String mode = (modeValue != null) ? String.valueOf(modeValue).toLowerCase(Locale.ROOT) : "extend";
		if (!mode.equals("extend") && !mode.equals("replace")) {
			throw invalid(name, "'mode' must be 'extend' or 'replace'");
		}
		List<DirectoryEntry> entries = new ArrayList<>();
		Set<String> ids = new LinkedHashSet<>();
		for (Object item : services) {
			if (!(item instanceof Map<?, ?> service)) {
				throw invalid(name, "each service must be a map");
			}
			DirectoryEntry entry = entry(name, service);
			if (!ids.add(entry.id())) {
				throw invalid(name, "two services share the id '" + entry.id() + "'");
			}
			entries.add(entry);
		}
		if (entries.isEmpty()) {
			throw invalid(name, "lists no services");
		}
		return new Parsed(entries, mode.equals("replace"));
	}

	private static DirectoryEntry entry(String name, Map<?, ?> service) {
		String id = text(service, "id");
		if (id == null || !ID.matcher(id).matches()) {
			throw invalid(name, "a service needs an 'id' of lower-case letters, digits and '-'");
		}
		String where = name + " (" + id + ")";
		String serviceName = required(where, service, "name");
		String contact = required(where, service, "contact");
		String url = text(service, "url");
		if (url != null && !url.isBlank() && !url.matches("https?://[^\\s]+")) {
			throw invalid(where, "'url' must start with http:// or https://");
		}
		Set<SafetyLevel> when = new LinkedHashSet<>();
		for (String level : list(service, "when")) {
			if (!level.equals("crisis") && !level.equals("distress")) {
				throw invalid(where, "'when' may hold only crisis and distress");
			}
			when.add(SafetyLevel.valueOf(level.toUpperCase(Locale.ROOT)));
		}
		if (when.isEmpty()) {
			throw invalid(where, "'when' must name crisis, distress or both");
		}
		List<String> numbers = list(service, "numbers");
		for (String number : numbers) {
			if (!NUMBER.matcher(number).matches()) {
				throw invalid(where, "'numbers' holds digits and spaces only, e.g. \"116 123\"");
			}
		}
		List<String> audience = list(service, "audience");
		return new DirectoryEntry(id, serviceName, contact, url, text(service, "hours"), text(service, "description"),
				when, audience.isEmpty() ? Set.of("everyone") : new LinkedHashSet<>(audience),
				new LinkedHashSet<>(list(service, "categories")), numbers);
	}

	private static String required(String where, Map<?, ?> service, String key) {
		String value = text(service, key);
		if (value == null || value.isBlank()) {
			throw invalid(where, "needs '" + key + "'");
		}
		return value;
	}

	private static String text(Map<?, ?> service, String key) {
		Object value = service.get(key);
		return (value != null) ? String.valueOf(value).strip() : null;
	}

	private static List<String> list(Map<?, ?> service, String key) {
		Object value = service.get(key);
		if (value == null) {
			return List.of();
		}
		Collection<?> items = (value instanceof Collection<?> collection) ? collection : List.of(value);
		return items.stream().map((item) -> String.valueOf(item).strip().toLowerCase(Locale.ROOT)).toList();
	}

	private static IllegalStateException invalid(String where, String reason) {
		return new IllegalStateException("Support directory " + where + ": " + reason);
	}

}
