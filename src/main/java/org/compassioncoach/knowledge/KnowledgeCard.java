package org.compassioncoach.knowledge;

import java.util.List;

/**
 * One curated card: a single idea from a source document, in our own words.
 *
 * @param id stable identifier, also the file name
 * @param title human title
 * @param source the source document's title
 * @param section where in the source document (section, table or figure)
 * @param tags lowercase tags
 * @param useWhen the situations in which the coach should reach for it (may be empty)
 * @param questions questions a user would ask that this card answers (may be empty); they
 * are indexed for retrieval, never shown
 * @param body the Markdown body
 */
public record KnowledgeCard(String id, String title, String source, String section, List<String> tags,
		String useWhen, List<String> questions, String body) {

	public KnowledgeCard {
		tags = List.copyOf(tags);
		useWhen = (useWhen != null) ? useWhen : "";
		questions = List.copyOf(questions);
	}

	public Citation citation() {
		return new Citation(this.id, this.title, this.source, this.section);
	}

}
