package org.compassioncoach.knowledge;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Reading a card file. */
class CardParserTests {

	@Test
	void parseReadsFrontMatterAndBody() {
		KnowledgeCard card = CardParser.parse("pause.md", """
				---
				id: pause
				title: The pause
				source: "Toolkit: part 1"
				section: Table 4.4.1
				tags: [pause, presence]
				use-when: You feel triggered.
				questions:
				  - "how do I stop snapping?"
				---
				Stop, breathe, choose.
				""");
		assertThat(card.id()).isEqualTo("pause");
		assertThat(card.source()).isEqualTo("Toolkit: part 1");
		assertThat(card.tags()).containsExactly("pause", "presence");
		assertThat(card.questions()).containsExactly("how do I stop snapping?");
		assertThat(card.body()).isEqualTo("Stop, breathe, choose.");
		assertThat(card.citation()).isEqualTo(new Citation("pause", "The pause", "Toolkit: part 1", "Table 4.4.1"));
	}

	@Test
	void parseWhenSectionIsMissingNamesTheFileAndTheField() {
		assertThatIllegalStateException().isThrownBy(() -> CardParser.parse("broken.md", """
				---
				id: broken
				title: Broken
				source: Somewhere
				---
				Body.
				""")).withMessageContaining("broken.md").withMessageContaining("section");
	}

	@Test
	void parseWithoutFrontMatterIsRefused() {
		assertThatIllegalStateException().isThrownBy(() -> CardParser.parse("plain.md", "Just text"))
			.withMessageContaining("plain.md");
	}

}
