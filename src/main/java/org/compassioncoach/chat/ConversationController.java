package org.compassioncoach.chat;

import reactor.core.publisher.Mono;

import org.compassioncoach.session.ConversationStore;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Export and forget a conversation. */
@RestController
class ConversationController {

	private final ConversationExporter exporter;

	private final ConversationStore conversations;

	ConversationController(ConversationExporter exporter, ConversationStore conversations) {
		this.exporter = exporter;
		this.conversations = conversations;
	}

	@GetMapping(path = "/api/v1/conversations/{id}/export", produces = "text/markdown")
	Mono<ResponseEntity<String>> export(@PathVariable String id) {
		return Mono.justOrEmpty(this.conversations.find(id))
			.map((conversation) -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType("text/markdown;charset=UTF-8"))
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"compassion-coach-" + id + ".md\"")
				.body(this.exporter.export(conversation)))
			.switchIfEmpty(Mono.error(() -> unknown()));
	}

	@DeleteMapping("/api/v1/conversations/{id}")
	Mono<ResponseEntity<Void>> delete(@PathVariable String id) {
		return this.conversations.delete(id) ? Mono.just(ResponseEntity.noContent().build()) : Mono.error(unknown());
	}

	private static InvalidTurnException unknown() {
		return new InvalidTurnException(HttpStatus.NOT_FOUND, "No conversation with that id (it may have expired)");
	}

}
