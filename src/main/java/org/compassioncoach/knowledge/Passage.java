package org.compassioncoach.knowledge;

/**
 * A retrieved piece of a card with its relevance.
 *
 * @param card the card the passage belongs to
 * @param text the passage (a chunk of the card's body)
 * @param score blended relevance, higher is better
 */
public record Passage(KnowledgeCard card, String text, double score) {

	public Citation citation() {
		return this.card.citation();
	}

}
