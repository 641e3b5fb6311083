package org.compassioncoach.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** All cards in force, loaded once at start-up; a broken card stops start-up with its file name. */
@Component
public class KnowledgeBase {

	private final Map<String, KnowledgeCard> cards;

	@Autowired
	KnowledgeBase(KnowledgeProperties properties) {
		this(load(properties.dir()));
	}

	KnowledgeBase(List<KnowledgeCard> cards) {
		Map<String, KnowledgeCard> byId = new LinkedHashMap<>();
		for (KnowledgeCard card : cards) {
			if (byId.put(card.id(), card) != null) {
				throw new IllegalStateException("Two knowledge cards share the id '" + card.id() + "'");
			}
		}
		if (byId.isEmpty()) {
			throw new IllegalStateException("No knowledge cards found");
		}
		this.cards = Map.copyOf(byId);
	}

	public Collection<KnowledgeCard> all() {
		return this.cards.values().stream().sorted(Comparator.comparing(KnowledgeCard::id)).toList();
	}

	public Optional<KnowledgeCard> find(String id) {
		return Optional.ofNullable(this.cards.get(id));
	}

	static List<KnowledgeCard> load(Path dir) {
		return (dir != null) ? fromDirectory(dir) : fromClasspath();
	}

	private static List<KnowledgeCard> fromDirectory(Path dir) {
		if (!Files.isDirectory(dir)) {
			throw new IllegalStateException("coach.knowledge.dir is not a folder: " + dir);
		}
		try (Stream<Path> files = Files.walk(dir)) {
			List<KnowledgeCard> cards = new ArrayList<>();
			for (Path file : files.filter((f) -> f.toString().endsWith(".md")).sorted().toList()) {
				cards.add(CardParser.parse(file.getFileName().toString(), Files.readString(file)));
			}
			return cards;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<KnowledgeCard> fromClasspath() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:knowledge/*.md");
			List<KnowledgeCard> cards = new ArrayList<>();
			for (Resource resource : resources) {
				String content = resource.getContentAsString(StandardCharsets.UTF_8);
				cards.add(CardParser.parse(resource.getFilename(), content));
			}
			return cards;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
