package org.compassioncoach.llm;

import java.time.Duration;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import reactor.core.scheduler.Scheduler;
import reactor.netty.resources.ConnectionProvider;
import reactor.core.scheduler.Schedulers;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the OpenAI-compatible models only when {@code coach.llm.base-url} is set; otherwise
 * nothing here exists and the service is offline.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("coach.llm.base-url")
class ModelConfiguration {

	@Bean
	ChatModel chatModel(LlmProperties properties, ConnectionProvider modelConnections) {
		// No retries: a failed call falls back to the offline reply at once instead of
		// multiplying the user's wait by the retry count.
		return OpenAiChatModel.builder()
			.baseUrl(properties.baseUrl().toString())
			.apiKey(apiKey(properties))
			.modelName(properties.model())
			.httpClientBuilder(new ReactiveModelHttpClient.Builder(modelConnections))
			.timeout(properties.timeout())
			.maxRetries(0)
			.temperature(0.4)
			.build();
	}

	@Bean
	StreamingChatModel streamingChatModel(LlmProperties properties, ConnectionProvider modelConnections) {
		return OpenAiStreamingChatModel.builder()
			.baseUrl(properties.baseUrl().toString())
			.apiKey(apiKey(properties))
			.modelName(properties.model())
			.httpClientBuilder(new ReactiveModelHttpClient.Builder(modelConnections))
			.timeout(properties.timeout())
			.temperature(0.4)
			.build();
	}

	/**
	 * Kept-alive HTTP/1.1 connections to the model, one per call in flight: Reactor Netty's
	 * default pool (16 connections on a small machine) would make concurrent streams queue.
	 */
	@Bean(destroyMethod = "dispose")
	ConnectionProvider modelConnections(LlmProperties properties) {
		return ConnectionProvider.builder("model")
			.maxConnections(properties.maxConcurrent())
			.pendingAcquireMaxCount(-1)
			.maxIdleTime(Duration.ofSeconds(30))
			.build();
	}

	/** The blocking chat call runs here, never on an event loop; sized to the model's concurrency bound. */
	@Bean(destroyMethod = "dispose")
	Scheduler modelScheduler(LlmProperties properties) {
		return Schedulers.newBoundedElastic(properties.maxConcurrent(), 10_000, "model-call");
	}

	@Bean
	LlmGenerator llmGenerator(ChatModel chatModel, StreamingChatModel streamingChatModel, Scheduler modelScheduler,
			PromptLibrary prompts) {
		return new LlmGenerator(chatModel, streamingChatModel, modelScheduler, prompts);
	}

	/** Local servers (Ollama, vLLM) need no key, but the client insists on one. */
	private static String apiKey(LlmProperties properties) {
		return (properties.apiKey() != null && !properties.apiKey().isBlank()) ? properties.apiKey() : "not-needed";
	}

}
