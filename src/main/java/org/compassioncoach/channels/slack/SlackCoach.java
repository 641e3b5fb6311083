package org.compassioncoach.channels.slack;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import org.compassioncoach.channels.FlowChoice;
import org.compassioncoach.channels.TurnFailures;
import org.compassioncoach.chat.ChatRequest;
import org.compassioncoach.chat.TurnPipeline;
import org.compassioncoach.flows.FlowEngine;
import org.springframework.stereotype.Component;

/**
 * Answers Slack messages and slash commands after they have been acknowledged: maps them to a
 * turn, runs the pipeline and posts what it says. Nothing here decides what the coach says.
 */
@Component
class SlackCoach {

	private static final Log logger = LogFactory.getLog(SlackCoach.class);

	/** Slack has no deadline for the reply: a user who sends two messages quickly gets both answered, in turn. */
	private static final Retry WHILE_BUSY = Retry.backoff(10, Duration.ofMillis(500))
		.maxBackoff(Duration.ofSeconds(5))
		.filter(TurnFailures::busy)
		.onRetryExhaustedThrow((spec, signal) -> signal.failure());

	private final TurnPipeline pipeline;

	private final SlackWebApi slack;

	private final SlackMessageRenderer renderer;

	private final FlowEngine flows;

	SlackCoach(TurnPipeline pipeline, SlackWebApi slack, SlackMessageRenderer renderer, FlowEngine flows) {
		this.pipeline = pipeline;
		this.slack = slack;
		this.renderer = renderer;
		this.flows = flows;
	}

	/** Replies to an accepted message in its DM or thread, detached from the request that delivered it. */
	void answer(SlackEvent event) {
		reply(event).subscribe(null,
				(error) -> logger.warn("Slack reply to event " + event.eventId() + " failed: " + describe(error)));
	}

	/** Answers a slash command through its response_url, or in the app's DM when that fails. */
	void answer(SlashCommand command) {
		respond(command).subscribe(null,
				(error) -> logger.warn("Slack slash command answer failed: " + describe(error)));
	}

	Mono<Void> reply(SlackEvent event) {
		Mono<String> coachId = (event.appUserId() != null) ? Mono.just(event.appUserId()) : this.slack.botUserId();
		return coachId.map(Optional::of).defaultIfEmpty(Optional.empty()).flatMap((id) -> {
			if (id.isPresent() && id.get().equals(event.user())) {
				return Mono.empty();
			}
			String text = SlackText.plain(event.text(), id.orElse(null), SlackEvent.APP_MENTION.equals(event.type()));
			return messagesFor(event.conversationId(), text, false)
				.flatMap((messages) -> this.slack.post(event.channel(), event.replyThreadTs(), messages));
		});
	}

	Mono<Void> respond(SlashCommand command) {
		return messagesFor(command.conversationId(), command.text(), true).flatMap((messages) -> {
			Mono<Void> direct = this.slack.post(command.userId(), null, messages);
			if (command.responseUrl() == null) {
				return direct;
			}
			return this.slack.respond(command.responseUrl(), messages).onErrorResume((error) -> {
				logger.warn("Slack response_url refused the answer (" + describe(error) + "); sending it as a DM");
				return direct;
			});
		});
	}

	private Mono<List<SlackMessage>> messagesFor(String conversationId, String text, boolean bareFlowId) {
		if (text.isBlank()) {
			return Mono.just(this.renderer.help(this.flows.definitions()));
		}
		ChatRequest request = FlowChoice.request(conversationId, text, this.flows.definitions(), bareFlowId);
		return Mono.defer(() -> this.pipeline.chat(request))
			.retryWhen(WHILE_BUSY)
			.map(this.renderer::render)
			.onErrorResume((error) -> Mono.just(
					this.renderer.notice(SlackMrkdwn.escape(TurnFailures.explain("Slack", error)))));
	}

	/** Slack's error code, or the kind of failure; never anything a response body might echo. */
	private static String describe(Throwable error) {
		return (error instanceof SlackWebApi.SlackCallException) ? error.getMessage() : error.getClass().getSimpleName();
	}

}
