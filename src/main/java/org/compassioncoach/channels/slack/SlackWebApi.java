package org.compassioncoach.channels.slack;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.app_backend.slash_commands.SlashCommandResponseSender;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.webhook.WebhookResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.DisposableBean;

/**
 * The Slack Web API through Slack's Java SDK. The SDK's calls block, so every call runs on a
 * small bounded scheduler of its own, never on a Netty event loop, and is bounded in time.
 */
class SlackWebApi implements DisposableBean {

	private static final Log logger = LogFactory.getLog(SlackWebApi.class);

	static final Duration CALL_TIMEOUT = Duration.ofSeconds(15);

	private final Slack slack;

	private final MethodsClient methods;

	private final SlashCommandResponseSender responder;

	private final Scheduler scheduler = Schedulers.newBoundedElastic(16, 10_000, "slack-api");

	private final AtomicReference<String> botUserId = new AtomicReference<>();

	SlackWebApi(SlackProperties properties) {
		SlackConfig config = new SlackConfig();
		config.setMethodsEndpointUrlPrefix(properties.methodsEndpointUrlPrefix());
		// The SDK's own metrics would call auth.test behind our back and start threads; we need neither.
		config.setStatsEnabled(false);
		config.setHttpClientCallTimeoutMillis((int) CALL_TIMEOUT.toMillis());
		this.slack = Slack.getInstance(config);
		this.methods = this.slack.methods(properties.botToken());
		this.responder = new SlashCommandResponseSender(this.slack);
	}

	/**
	 * The coach's own user id from {@code auth.test}, remembered once known; empty when Slack
	 * cannot say (the coach then relies on {@code bot_id} to recognise its own posts).
	 */
	Mono<String> botUserId() {
		String known = this.botUserId.get();
		if (known != null) {
			return Mono.just(known);
		}
		return call(() -> this.methods.authTest((request) -> request)).flatMap((AuthTestResponse response) -> {
			if (!response.isOk() || response.getUserId() == null) {
				logger.warn("Slack auth.test did not name the bot user"
						+ ((response.getError() != null) ? ": " + response.getError() : ""));
				return Mono.empty();
			}
			this.botUserId.set(response.getUserId());
			return Mono.just(response.getUserId());
		}).onErrorResume((error) -> {
			logger.warn("Slack auth.test failed: " + error.getClass().getSimpleName());
			return Mono.empty();
		});
	}

	/** Posts the messages in order with {@code chat.postMessage}, in a thread when one is given. */
	Mono<Void> post(String channel, String threadTs, List<SlackMessage> messages) {
		return Flux.fromIterable(messages).concatMap((message) -> call(() -> this.methods.chatPostMessage(
				ChatPostMessageRequest.builder()
					.channel(channel)
					.threadTs(threadTs)
					.text(message.text())
					.blocks(message.blocks())
					.unfurlLinks(false)
					.unfurlMedia(false)
					.build()))
			.flatMap((ChatPostMessageResponse response) -> response.isOk() ? Mono.just(response)
					: Mono.error(new SlackCallException("chat.postMessage", response.getError()))))
			.then();
	}

	/**
	 * Answers a slash command through its {@code response_url}, visible only to the user who
	 * typed it.
	 */
	Mono<Void> respond(String responseUrl, List<SlackMessage> messages) {
		return Flux.fromIterable(messages).concatMap((message) -> call(() -> this.responder.send(responseUrl,
				SlashCommandResponse.builder()
					.responseType("ephemeral")
					.text(message.text())
					.blocks(message.blocks())
					.build()))
			.flatMap((WebhookResponse response) -> (response.getCode() != null && response.getCode() / 100 == 2)
					? Mono.just(response)
					: Mono.error(new SlackCallException("response_url", "HTTP " + response.getCode()))))
			.then();
	}

	private <T> Mono<T> call(Callable<T> blocking) {
		return Mono.fromCallable(blocking).subscribeOn(this.scheduler).timeout(CALL_TIMEOUT);
	}

	@Override
	public void destroy() throws Exception {
		this.scheduler.dispose();
		this.slack.close();
	}

	/** Slack refused a call; the message is Slack's error code, never the content. */
	static final class SlackCallException extends RuntimeException {

		SlackCallException(String method, String error) {
			super(method + " failed: " + error);
		}

	}

}
