package org.compassioncoach.chat;

import java.util.Map;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The chat API: maps HTTP to the turn pipeline and back, nothing more. */
@RestController
class ChatController {

	private final TurnPipeline pipeline;

	ChatController(TurnPipeline pipeline) {
		this.pipeline = pipeline;
	}

	@PostMapping(path = "/api/v1/chat", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<ChatResponse> chat(@RequestBody ChatRequest request) {
		return Mono.defer(() -> this.pipeline.chat(request));
	}

	@PostMapping(path = "/api/v1/chat/stream", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	Flux<ServerSentEvent<Object>> stream(@RequestBody ChatRequest request) {
		return Flux.defer(() -> this.pipeline.stream(request)).map(ChatController::event);
	}

	private static ServerSentEvent<Object> event(TurnEvent event) {
		if (event instanceof TurnEvent.Delta delta) {
			return ServerSentEvent.builder((Object) Map.of("text", delta.text())).event("delta").build();
		}
		return ServerSentEvent.builder((Object) ((TurnEvent.Done) event).response()).event("done").build();
	}

}
