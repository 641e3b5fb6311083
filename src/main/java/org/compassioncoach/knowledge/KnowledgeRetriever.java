package org.compassioncoach.knowledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.compassioncoach.embedding.Embedder;
import org.springframework.stereotype.Component;

/**
 * Finds the cards that answer a question: MiniLM similarity over chunks, blended with BM25
 * over whole cards. The index is built once at start-up, so a search is a few hundred dot
 * products plus one embedding of the query.
 */
@Component
public class KnowledgeRetriever {

	private static final Log logger = LogFactory.getLog(KnowledgeRetriever.class);

	/** Weight of the keyword signal; the rest is the vector similarity. */
	private static final double KEYWORD_WEIGHT = 0.3;

	private static final int CHUNK_WORDS = 110;

	private final Embedder embedder;

	private final List<KnowledgeCard> cards;

	private final List<Chunk> chunks = new ArrayList<>();

	private final List<String> leadPassages = new ArrayList<>();

	private final KeywordIndex keywords = new KeywordIndex();

	public KnowledgeRetriever(KnowledgeBase knowledge, Embedder embedder) {
		this.embedder = embedder;
		this.cards = List.copyOf(knowledge.all());
		long started = System.nanoTime();
		List<Integer> owners = new ArrayList<>();
		List<String> passages = new ArrayList<>();
		List<String> embedded = new ArrayList<>();
		for (int i = 0; i < this.cards.size(); i++) {
			KnowledgeCard card = this.cards.get(i);
			this.keywords.add(card.title() + " " + card.title() + " " + String.join(" ", card.tags()) + " "
					+ String.join(" ", card.tags()) + " " + card.useWhen() + " " + String.join(" ", card.questions())
					+ " " + card.body());
			List<String> bodyChunks = chunk(card.body());
			this.leadPassages.add(bodyChunks.get(0));
			// A summary (title, tags, when to use) matches questions that describe a situation, and
			// the questions users ask match other users' questions better than prose does; both
			// point at the card's lead passage.
			owners.add(i);
			passages.add("");
			embedded.add(card.title() + ". " + card.useWhen() + " Topics: " + String.join(", ", card.tags()));
			for (String question : card.questions()) {
				owners.add(i);
				passages.add("");
				embedded.add(question);
			}
			for (String text : bodyChunks) {
				owners.add(i);
				passages.add(text);
				embedded.add(card.title() + " (" + card.source() + "). " + text);
			}
		}
		List<float[]> vectors = embedder.embedAll("knowledge", embedded);
		for (int c = 0; c < vectors.size(); c++) {
			this.chunks.add(new Chunk(owners.get(c), passages.get(c), vectors.get(c)));
		}
		logger.info("Indexed %d knowledge cards as %d chunks in %d ms".formatted(this.cards.size(), this.chunks.size(),
				(System.nanoTime() - started) / 1_000_000));
	}

	/** Searches off the event loop (the query embedding is the only costly part). */
	public Mono<List<Passage>> search(String query, int k) {
		return this.embedder.embed(query).map((vector) -> search(query, vector, k));
	}

	/** Searches with a query vector already computed. */
	public List<Passage> search(String query, float[] queryVector, int k) {
		// Arrays indexed by card rather than boxed maps: this loop runs for every chunk on every turn.
		Chunk[] bestChunk = new Chunk[this.cards.size()];
		double[] bestSimilarity = new double[this.cards.size()];
		Arrays.fill(bestSimilarity, -1.0);
		for (Chunk chunk : this.chunks) {
			double similarity = Embedder.similarity(queryVector, chunk.vector());
			if (similarity > bestSimilarity[chunk.card()]) {
				bestSimilarity[chunk.card()] = similarity;
				bestChunk[chunk.card()] = chunk;
			}
		}
		double[] keywordScores = this.keywords.scores(query);
		double maxKeyword = 0;
		for (double score : keywordScores) {
			maxKeyword = Math.max(maxKeyword, score);
		}
		List<Passage> passages = new ArrayList<>();
		for (int i = 0; i < this.cards.size(); i++) {
			double keyword = (maxKeyword > 0) ? keywordScores[i] / maxKeyword : 0;
			double score = (1 - KEYWORD_WEIGHT) * bestSimilarity[i] + KEYWORD_WEIGHT * keyword;
			Chunk chunk = bestChunk[i];
			String text = chunk.text().isBlank() ? this.leadPassages.get(i) : chunk.text();
			passages.add(new Passage(this.cards.get(i), text, Math.round(score * 10_000) / 10_000.0));
		}
		passages.sort(Comparator.comparingDouble(Passage::score).reversed());
		return List.copyOf(passages.subList(0, Math.min(Math.max(k, 0), passages.size())));
	}

	/** Splits a body into chunks of whole paragraphs of about {@link #CHUNK_WORDS} words. */
	static List<String> chunk(String body) {
		List<String> chunks = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		int words = 0;
		for (String paragraph : body.split("\\n\\s*\\n")) {
			int paragraphWords = paragraph.split("\\s+").length;
			if (words > 0 && words + paragraphWords > CHUNK_WORDS) {
				chunks.add(current.toString().strip());
				current.setLength(0);
				words = 0;
			}
			current.append(paragraph).append("\n\n");
			words += paragraphWords;
		}
		if (!current.isEmpty()) {
			chunks.add(current.toString().strip());
		}
		return chunks;
	}

	private record Chunk(int card, String text, float[] vector) {
	}

}
