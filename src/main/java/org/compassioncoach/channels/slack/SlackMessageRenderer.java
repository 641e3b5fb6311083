package org.compassioncoach.channels.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;

import org.compassioncoach.chat.ChatResponse;
import org.compassioncoach.flows.FlowDefinition;
import org.compassioncoach.knowledge.Citation;
import org.compassioncoach.safety.SupportService;
import org.springframework.stereotype.Component;

/**
 * Renders the coach's answer as Block Kit: the reply as mrkdwn sections, the support services as
 * a separate section of plain text (name, contact, hours, web address; never behind a button),
 * the cited cards as context, quick replies as a hint. Sections stay within Slack's 3000
 * characters and messages within 50 blocks; anything longer continues in the next message.
 */
@Component
class SlackMessageRenderer {

	static final int SECTION_LIMIT = 3000;

	static final int BLOCK_LIMIT = 50;

	static final int CONTEXT_ELEMENT_LIMIT = 10;

	static final String SUPPORT_HEADING = "*Where to get support*";

	private static final String[] SEPARATORS = { "\n\n", "\n", " " };

	/** The messages to post, in order; never empty. */
	List<SlackMessage> render(ChatResponse response) {
		List<LayoutBlock> blocks = new ArrayList<>();
		String reply = SlackMrkdwn.convert((response.reply() != null) ? response.reply() : "");
		List<String> replyChunks = split(reply.isEmpty() ? "…" : reply, SECTION_LIMIT);
		replyChunks.forEach((chunk) -> blocks.add(section(chunk)));
		List<SupportService> signposts = (response.safety() != null && response.safety().signposts() != null)
				? response.safety().signposts() : List.of();
		if (!signposts.isEmpty()) {
			blocks.add(DividerBlock.builder().build());
			split(signposts(signposts), SECTION_LIMIT).forEach((chunk) -> blocks.add(section(chunk)));
		}
		if (response.citations() != null && !response.citations().isEmpty()) {
			blocks.addAll(context(response.citations().stream().map(SlackMessageRenderer::citation).toList()));
		}
		if (response.suggestions() != null && !response.suggestions().isEmpty()) {
			blocks.addAll(context(List.of(suggestions(response.suggestions()))));
		}
		String summary = supportSummary(signposts);
		return paginate(blocks, truncate(replyChunks.get(0), SECTION_LIMIT - summary.length()) + summary);
	}

	/** A short message from the adapter itself (help, a refusal, an apology). */
	List<SlackMessage> notice(String mrkdwn) {
		return paginate(split(mrkdwn, SECTION_LIMIT).stream().<LayoutBlock>map(SlackMessageRenderer::section).toList(),
				mrkdwn);
	}

	/** What the coach can do, and how to start each flow from Slack. */
	List<SlackMessage> help(List<FlowDefinition> flows) {
		StringBuilder text = new StringBuilder("I'm *Compassion Coach*. Tell me about a hard conversation you are "
				+ "preparing for, or ask me about compassionate leadership. To work through a guided flow, send "
				+ "`/coach <flow>` or `start <flow>`:\n");
		for (FlowDefinition flow : flows) {
			text.append("• `")
				.append(SlackMrkdwn.escape(flow.id()))
				.append("`: *")
				.append(SlackMrkdwn.escape(flow.title()))
				.append("*. ")
				.append(SlackMrkdwn.escape(flow.description()))
				.append('\n');
		}
		text.append("I am a coach, not a crisis service.");
		return notice(text.toString());
	}

	/** Name, contact, hours and address as plain text, one service per paragraph. */
	private static String signposts(List<SupportService> signposts) {
		StringBuilder text = new StringBuilder(SUPPORT_HEADING);
		for (SupportService service : signposts) {
			text.append("\n\n*").append(SlackMrkdwn.escape(service.name())).append("*: ").append(plain(service.contact()));
			if (present(service.hours())) {
				text.append(" (").append(plain(service.hours())).append(')');
			}
			if (present(service.url())) {
				text.append("\n").append(SlackMrkdwn.escape(service.url()));
			}
			if (present(service.description())) {
				text.append("\n").append(plain(service.description()));
			}
		}
		return text.toString();
	}

	/** The contacts again in the notification text, which is all some clients and screen readers show. */
	private static String supportSummary(List<SupportService> signposts) {
		if (signposts.isEmpty()) {
			return "";
		}
		return "\n\n" + String.join("\n", signposts.stream()
			.map((service) -> SlackMrkdwn.escape(service.name()) + ": " + plain(service.contact()))
			.toList());
	}

	private static String citation(Citation citation) {
		StringBuilder text = new StringBuilder("Source: *").append(plain(citation.title())).append('*');
		if (present(citation.source())) {
			text.append(", ").append(plain(citation.source()));
		}
		if (present(citation.section())) {
			text.append(", ").append(plain(citation.section()));
		}
		return text.toString();
	}

	private static String suggestions(List<String> suggestions) {
		return "You could reply: " + String.join(" · ", suggestions.stream().map((s) -> "“" + plain(s) + "”").toList());
	}

	/** Text shown as written: only Slack's control characters escaped. */
	private static String plain(String text) {
		return SlackMrkdwn.escape((text != null) ? text : "");
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

	private static SectionBlock section(String mrkdwn) {
		return SectionBlock.builder().text(MarkdownTextObject.builder().text(mrkdwn).build()).build();
	}

	private static List<LayoutBlock> context(List<String> elements) {
		List<LayoutBlock> blocks = new ArrayList<>();
		for (int i = 0; i < elements.size(); i += CONTEXT_ELEMENT_LIMIT) {
			List<ContextBlockElement> chunk = new ArrayList<>();
			for (String element : elements.subList(i, Math.min(elements.size(), i + CONTEXT_ELEMENT_LIMIT))) {
				chunk.add(MarkdownTextObject.builder().text(truncate(element, SECTION_LIMIT)).build());
			}
			blocks.add(ContextBlock.builder().elements(chunk).build());
		}
		return blocks;
	}

	private static List<SlackMessage> paginate(List<LayoutBlock> blocks, String text) {
		List<SlackMessage> messages = new ArrayList<>();
		for (int i = 0; i < blocks.size(); i += BLOCK_LIMIT) {
			String fallback = (i == 0) ? truncate(text, SECTION_LIMIT) : "(continued)";
			messages.add(new SlackMessage(fallback, blocks.subList(i, Math.min(blocks.size(), i + BLOCK_LIMIT))));
		}
		return messages;
	}

	/**
	 * Cuts text into pieces of at most {@code limit} characters, at paragraph breaks where
	 * possible, then at line breaks, then between words.
	 */
	static List<String> split(String text, int limit) {
		List<String> chunks = new ArrayList<>();
		split(text.strip(), limit, 0, chunks);
		return chunks.isEmpty() ? List.of("…") : chunks;
	}

	private static void split(String text, int limit, int level, List<String> chunks) {
		if (text.length() <= limit) {
			if (!text.isBlank()) {
				chunks.add(text);
			}
			return;
		}
		if (level == SEPARATORS.length) {
			int start = 0;
			while (start < text.length()) {
				int end = Math.min(text.length(), start + limit);
				if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
					end--;
				}
				chunks.add(text.substring(start, end));
				start = end;
			}
			return;
		}
		String separator = SEPARATORS[level];
		StringBuilder current = new StringBuilder();
		for (String piece : text.split(Pattern.quote(separator))) {
			if (current.length() > 0 && current.length() + separator.length() + piece.length() > limit) {
				chunks.add(current.toString().strip());
				current.setLength(0);
			}
			if (piece.length() > limit) {
				split(piece, limit, level + 1, chunks);
				continue;
			}
			if (current.length() > 0) {
				current.append(separator);
			}
			current.append(piece);
		}
		if (!current.toString().isBlank()) {
			chunks.add(current.toString().strip());
		}
	}

	private static String truncate(String text, int limit) {
		return (text.length() <= limit) ? text : text.substring(0, limit - 1) + "…";
	}

}
