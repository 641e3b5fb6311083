package org.compassioncoach.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.output.FinishReason;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import org.compassioncoach.knowledge.KnowledgeCard;
import org.compassioncoach.knowledge.Passage;
import org.compassioncoach.session.Exchange;

/**
 * The language-model coach: the system rules, the step's instructions and the retrieved
 * cards (with their ids) go to an OpenAI-compatible model. Errors surface as errors; the
 * pipeline decides the fallback.
 */
public class LlmGenerator implements ReplyGenerator {

	private final ChatModel chatModel;

	private final StreamingChatModel streamingModel;

	private final Scheduler scheduler;

	private final PromptLibrary prompts;

	/**
	 * Each card's block as the model sees it, built once: cards do not change while the service
	 * runs, and rebuilding three card bodies on every turn was a large share of its garbage.
	 * Bounded by the number of cards.
	 */
	private final Map<String, String> cardBlocks = new ConcurrentHashMap<>();

	LlmGenerator(ChatModel chatModel, StreamingChatModel streamingModel, Scheduler scheduler, PromptLibrary prompts) {
		this.chatModel = chatModel;
		this.streamingModel = streamingModel;
		this.scheduler = scheduler;
		this.prompts = prompts;
	}

	@Override
	public String mode() {
		return "llm";
	}

	@Override
	public Mono<String> reply(GenerationRequest request) {
		return Mono.fromCallable(() -> this.chatModel.chat(messages(request)).aiMessage().text())
			.subscribeOn(this.scheduler)
			.flatMap((text) -> (text == null || text.isBlank()) ? Mono.error(new EmptyReplyException())
					: Mono.just(text));
	}

	/**
	 * Bridges the model's callbacks (on the HTTP client's event loop) to a Flux. A reply nobody
	 * reads any more (the user left, or an output check replaced it) stops being downloaded.
	 */
	@Override
	public Flux<String> stream(GenerationRequest request) {
		return Flux.create((sink) -> this.streamingModel.chat(messages(request), new StreamingChatResponseHandler() {

			private boolean cancellable;

			@Override
			public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
				if (!this.cancellable) {
					this.cancellable = true;
					sink.onCancel(() -> context.streamingHandle().cancel());
				}
				sink.next(partial.text());
			}

			@Override
			public void onCompleteResponse(ChatResponse response) {
				// A stream that simply stops (no finish reason, no [DONE]) is reported as complete
				// by the client; it is a cut, and the user deserves the whole offline reply.
				if (response == null || response.finishReason() == null
						|| response.finishReason() == FinishReason.CONTENT_FILTER) {
					sink.error(new IncompleteReplyException());
				}
				else {
					sink.complete();
				}
			}

			@Override
			public void onError(Throwable error) {
				sink.error(error);
			}

		}));
	}

	/**
	 * Renders the prompts for a request without calling the model: part of the start-up warm-up.
	 * @return the rendered length
	 */
	public int warmUp(GenerationRequest request) {
		return messages(request).size();
	}

	List<ChatMessage> messages(GenerationRequest request) {
		List<ChatMessage> messages = new ArrayList<>();
		messages.add(SystemMessage.from(this.prompts.render("system", Map.of())));
		messages.add(SystemMessage.from(this.prompts.render(request.plan().prompt(), request.plan().variables())));
		messages.add(SystemMessage.from(this.prompts.render("cards", Map.of("cards", cards(request.passages())))));
		for (Exchange exchange : request.history()) {
			messages.add((exchange.speaker() == Exchange.Speaker.USER) ? UserMessage.from(exchange.text())
					: AiMessage.from(exchange.text()));
		}
		messages.add(UserMessage.from(request.message()));
		return messages;
	}

	private String cards(List<Passage> passages) {
		if (passages.isEmpty()) {
			return "(no cards matched this message)";
		}
		List<String> blocks = new ArrayList<>(passages.size());
		int length = 0;
		for (Passage passage : passages) {
			String block = this.cardBlocks.computeIfAbsent(passage.card().id(), (id) -> cardBlock(passage.card()));
			blocks.add(block);
			length += block.length() + 1;
		}
		StringBuilder out = new StringBuilder(length);
		for (String block : blocks) {
			if (!out.isEmpty()) {
				out.append('\n');
			}
			out.append(block);
		}
		return out.toString();
	}

	private static String cardBlock(KnowledgeCard card) {
		return ("<card id=\"" + card.id() + "\" title=\"" + card.title() + "\" source=\"" + card.source() + ", "
				+ card.section() + "\">\n" + card.body() + "\n</card>").strip();
	}

	static final class IncompleteReplyException extends IllegalStateException {

		IncompleteReplyException() {
			super("The model's stream ended without finishing");
		}

	}

	static final class EmptyReplyException extends IllegalStateException {

		EmptyReplyException() {
			super("The model returned an empty reply");
		}

	}

}
