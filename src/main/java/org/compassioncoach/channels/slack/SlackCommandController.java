package org.compassioncoach.channels.slack;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

import com.slack.api.app_backend.slash_commands.SlashCommandPayloadParser;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import reactor.core.publisher.Mono;

import org.compassioncoach.flows.FlowEngine;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The {@code /coach} slash command: verifies the signature over the raw form body, acknowledges
 * at once with an ephemeral note (or the help), and posts the full answer to the command's
 * {@code response_url} when the coach has it.
 */
@RestController
class SlackCommandController {

	private static final Pattern SSL_CHECK = Pattern.compile("(^|&)ssl_check=1(&|$)");

	static final String WORKING = "Thinking about that now; my answer will appear here shortly (only you can see it).";

	private final SlackSignatureVerifier verifier;

	private final SlackCoach coach;

	private final SlackMessageRenderer renderer;

	private final FlowEngine flows;

	private final SlashCommandPayloadParser parser = new SlashCommandPayloadParser();

	SlackCommandController(SlackSignatureVerifier verifier, SlackCoach coach, SlackMessageRenderer renderer,
			FlowEngine flows) {
		this.verifier = verifier;
		this.coach = coach;
		this.renderer = renderer;
		this.flows = flows;
	}

	@PostMapping("/slack/commands")
	Mono<ResponseEntity<Object>> command(ServerHttpRequest request) {
		return SlackRequests.verifiedBody(request, this.verifier).map(this::handle);
	}

	private ResponseEntity<Object> handle(byte[] body) {
		String form = new String(body, StandardCharsets.UTF_8);
		if (SSL_CHECK.matcher(form).find()) {
			return ResponseEntity.ok().build();
		}
		SlashCommand command = SlashCommand.from(parse(form));
		if (command.teamId() == null || command.channelId() == null || command.userId() == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"The slash command lacks team_id, channel_id or user_id");
		}
		if (command.asksForHelp()) {
			String help = this.renderer.help(this.flows.definitions()).get(0).text();
			return ResponseEntity.ok(Map.of("response_type", "ephemeral", "text", help));
		}
		this.coach.answer(command);
		return ResponseEntity.ok(Map.of("response_type", "ephemeral", "text", WORKING));
	}

	private SlashCommandPayload parse(String form) {
		try {
			return this.parser.parse(form);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The slash command is not a valid form");
		}
	}

}
