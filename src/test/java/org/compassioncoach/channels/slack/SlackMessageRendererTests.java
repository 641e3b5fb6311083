package org.compassioncoach.channels.slack;

import java.util.List;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import org.junit.jupiter.api.Test;

import org.compassioncoach.chat.ChatResponse;
import org.compassioncoach.knowledge.Citation;
import org.compassioncoach.safety.SupportService;

import static org.assertj.core.api.Assertions.assertThat;

class SlackMessageRendererTests {

	private static final SupportService SAMARITANS = new SupportService("samaritans", "Samaritans", "Call 116 123",
			"https://www.samaritans.org", "24 hours a day", "Talk to someone now.");

	private final SlackMessageRenderer renderer = new SlackMessageRenderer();

	@Test
	void renderConvertsTheReplyToMrkdwnSections() {
		List<SlackMessage> messages = this.renderer.render(response("**Bottom line it first.**", List.of(), List.of()));
		assertThat(messages).hasSize(1);
		assertThat(texts(messages.get(0).blocks())).containsExactly("*Bottom line it first.*");
		assertThat(messages.get(0).text()).isEqualTo("*Bottom line it first.*");
	}

	@Test
	void renderPutsSignpostsInASeparatePlainTextSection() {
		List<SlackMessage> messages = this.renderer.render(response(
				"**If you are in danger right now, call 999.** You can talk to Samaritans on 116 123.",
				List.of(SAMARITANS), List.of()));
		List<LayoutBlock> blocks = messages.get(0).blocks();
		assertThat(blocks.get(1)).isInstanceOf(DividerBlock.class);
		String support = ((MarkdownTextObject) ((SectionBlock) blocks.get(2)).getText()).getText();
		assertThat(support).startsWith(SlackMessageRenderer.SUPPORT_HEADING)
			.contains("*Samaritans*: Call 116 123 (24 hours a day)")
			.contains("https://www.samaritans.org");
		assertThat(blocks).allSatisfy((block) -> assertThat(block).isNotInstanceOf(
				com.slack.api.model.block.ActionsBlock.class));
		assertThat(messages.get(0).text()).startsWith("*If you are in danger right now, call 999.*")
			.endsWith("Samaritans: Call 116 123");
	}

	@Test
	void renderCitesSourcesAndOffersQuickRepliesAsContext() {
		List<SlackMessage> messages = this.renderer.render(new ChatResponse("c-1", "Reply", "offline", null,
				List.of(new Citation("lotus", "L.O.T.U.S. five steps", "L.O.T.U.S. toolkit", "Section 2")),
				new ChatResponse.Safety("none", List.of()), List.of("Go back", "Quit")));
		List<LayoutBlock> blocks = messages.get(0).blocks();
		assertThat(blocks).hasSize(3);
		assertThat(contextText(blocks.get(1))).isEqualTo("Source: *L.O.T.U.S. five steps*, L.O.T.U.S. toolkit, Section 2");
		assertThat(contextText(blocks.get(2))).isEqualTo("You could reply: “Go back” · “Quit”");
	}

	@Test
	void renderKeepsSectionsWithinSlacksLimit() {
		String paragraph = "word ".repeat(500).strip();
		String reply = String.join("\n\n", List.of(paragraph, paragraph, paragraph, "x".repeat(7000)));
		List<SlackMessage> messages = this.renderer.render(response(reply, List.of(), List.of()));
		List<String> sections = texts(messages.get(0).blocks());
		assertThat(sections).allSatisfy((text) -> assertThat(text.length()).isBetween(1, 3000));
		assertThat(String.join("", sections).replaceAll("\\s", "")).isEqualTo(reply.replaceAll("\\s", ""));
		assertThat(messages.get(0).text().length()).isLessThanOrEqualTo(3000);
	}

	@Test
	void renderSplitsMessagesAtFiftyBlocks() {
		String reply = String.join("\n\n", java.util.Collections.nCopies(60, "y".repeat(2990)));
		List<SlackMessage> messages = this.renderer.render(response(reply, List.of(SAMARITANS), List.of()));
		assertThat(messages).hasSizeGreaterThan(1);
		assertThat(messages).allSatisfy((message) -> assertThat(message.blocks()).hasSizeLessThanOrEqualTo(50));
		assertThat(messages.stream().mapToInt((m) -> m.blocks().size()).sum()).isEqualTo(60 + 2);
	}

	private static ChatResponse response(String reply, List<SupportService> signposts, List<Citation> citations) {
		return new ChatResponse("c-1", reply, "offline", null, citations,
				new ChatResponse.Safety(signposts.isEmpty() ? "none" : "crisis", signposts), List.of());
	}

	private static List<String> texts(List<LayoutBlock> blocks) {
		return blocks.stream()
			.filter(SectionBlock.class::isInstance)
			.map((block) -> ((MarkdownTextObject) ((SectionBlock) block).getText()).getText())
			.toList();
	}

	private static String contextText(LayoutBlock block) {
		return ((MarkdownTextObject) ((ContextBlock) block).getElements().get(0)).getText();
	}

}
