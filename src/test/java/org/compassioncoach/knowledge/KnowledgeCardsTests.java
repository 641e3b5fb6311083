package org.compassioncoach.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged cards: enough of them, complete front matter, and written in our own words. */
class KnowledgeCardsTests {

	private static final Set<String> SOURCES = Set.of("L.O.T.U.S. Compassionate Leadership Framework and Toolkit",
			"Compassion at Work Toolkit", "Conversations for Kindness: Compassion and Kindness in Leadership",
			"Compassionate Leadership Training Programme for NHS and Social Care Leaders",
			"Leading with compassion (Research in Practice for Adults)");

	private static final Path SEEDS = Path.of("..", "shared", "seeds");

	private final List<KnowledgeCard> cards = KnowledgeBase.load(Path.of("knowledge"));

	@Test
	void thereAreAtLeastFortyCardsEachNamingItsSourceAndSection() {
		assertThat(this.cards).hasSizeGreaterThanOrEqualTo(40);
		assertThat(this.cards).allSatisfy((card) -> {
			assertThat(card.id()).matches("[a-z0-9-]+");
			assertThat(card.title()).isNotBlank();
			assertThat(SOURCES).as(card.id() + " source").contains(card.source());
			assertThat(card.section()).isNotBlank();
			assertThat(card.tags()).isNotEmpty();
			assertThat(card.body().split("\\s+").length).as(card.id() + " words").isBetween(60, 450);
		});
	}

	@Test
	void cardsCoverTheModelsTheCoachNeeds() {
		assertThat(this.cards).extracting(KnowledgeCard::id)
			.contains("lotus-five-steps", "compassion-vs-pity-sympathy-empathy", "four-elements-of-compassion",
					"wise-compassion-matrix", "wise-compassion-flywheel", "caring-presence-tips", "caring-courage-tips",
					"caring-candour-tips", "caring-transparency-tips", "power-of-the-pause", "empathy-trap-strategies",
					"compassion-fatigue-signs", "burnout-signs", "self-care-for-leaders", "radical-candour-grid",
					"radical-candour-practice-tips", "inclusive-leadership-traits", "psychological-safety-four-stages",
					"abc-core-needs", "investigation-mental-health-support",
					"contributory-factors-situation-not-personality", "compassionate-performance-management-five-steps",
					"compassion-kindness-promise", "supervision-colby-principles", "supervision-nussbaum-seven-dimensions",
					"supervision-curiosity-checklist", "supervision-reflective-questions", "resilience-for-supervisors",
					"schwartz-rounds");
	}

	@Test
	void cardsContainNoContactDetailsBecauseTheDirectoryOwnsThem() {
		assertThat(this.cards).allSatisfy((card) -> assertThat(card.body()).doesNotContainPattern("https?://")
			.doesNotContainPattern("\\b\\d{3}[ -]?\\d{3,4}[ -]?\\d{3,4}\\b"));
	}

	/** The share of 12-word runs in the cards that also occur in the source documents. */
	@Test
	void cardsAreWrittenInOurOwnWords() throws IOException {
		Assumptions.assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds not present: originality not checked");
		Set<String> seedGrams = new HashSet<>();
		try (Stream<Path> files = Files.list(SEEDS)) {
			for (Path seed : files.toList()) {
				seedGrams.addAll(grams(Files.readString(seed)));
			}
		}
		int total = 0;
		int shared = 0;
		for (KnowledgeCard card : this.cards) {
			List<String> cardGrams = grams(card.body());
			total += cardGrams.size();
			shared += (int) cardGrams.stream().filter(seedGrams::contains).count();
		}
		double share = (double) shared / total;
		System.out.printf("12-word runs shared with the seeds: %d of %d (%.4f%%)%n", shared, total, share * 100);
		assertThat(share).isLessThan(0.001);
	}

	private static List<String> grams(String text) {
		String[] words = Arrays.stream(text.toLowerCase(Locale.ROOT).replace("'", "").replace("’", "").split("[^a-z0-9]+"))
			.filter((word) -> !word.isEmpty())
			.toArray(String[]::new);
		return java.util.stream.IntStream.rangeClosed(0, words.length - 12)
			.mapToObj((i) -> String.join(" ", Arrays.copyOfRange(words, i, i + 12)))
			.toList();
	}

}
