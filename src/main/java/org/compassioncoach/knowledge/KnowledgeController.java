package org.compassioncoach.knowledge;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebInputException;

/** {@code GET /api/v1/knowledge/search}: the retrieval the coach uses, exposed for tools and evaluation. */
@RestController
class KnowledgeController {

	private final KnowledgeRetriever retriever;

	KnowledgeController(KnowledgeRetriever retriever) {
		this.retriever = retriever;
	}

	@GetMapping("/api/v1/knowledge/search")
	Mono<List<SearchHit>> search(@RequestParam("q") String query, @RequestParam(defaultValue = "5") int k) {
		if (query.isBlank() || query.length() > 4000) {
			return Mono.error(new ServerWebInputException("'q' must be 1 to 4000 characters"));
		}
		if (k < 1 || k > 50) {
			return Mono.error(new ServerWebInputException("'k' must be between 1 and 50"));
		}
		return this.retriever.search(query, k).map((passages) -> passages.stream().map(SearchHit::of).toList());
	}

	record SearchHit(String id, String title, String source, String section, String text, double score) {

		static SearchHit of(Passage passage) {
			KnowledgeCard card = passage.card();
			return new SearchHit(card.id(), card.title(), card.source(), card.section(), passage.text(),
					passage.score());
		}

	}

}
