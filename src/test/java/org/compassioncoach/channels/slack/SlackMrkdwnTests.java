package org.compassioncoach.channels.slack;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlackMrkdwnTests {

	@Test
	void convertTurnsBoldAndItalicIntoSlackMarks() {
		assertThat(SlackMrkdwn.convert("**Bottom line it first** and *then* listen, __really__"))
			.isEqualTo("*Bottom line it first* and _then_ listen, *really*");
	}

	@Test
	void convertTurnsLinksIntoSlackLinks() {
		assertThat(SlackMrkdwn.convert("See [the toolkit](https://example.org/a?b=1&c=2)."))
			.isEqualTo("See <https://example.org/a?b=1&amp;c=2|the toolkit>.");
	}

	@Test
	void convertTurnsHeadingsIntoBoldLines() {
		assertThat(SlackMrkdwn.convert("## Your **script**\nText")).isEqualTo("*Your script*\nText");
	}

	@Test
	void convertEscapesSlackControlCharacters() {
		assertThat(SlackMrkdwn.convert("A&E <now> & 3 > 2")).isEqualTo("A&amp;E &lt;now&gt; &amp; 3 &gt; 2");
	}

	@Test
	void convertKeepsListsQuotesAndCode() {
		assertThat(SlackMrkdwn.convert("- one\n  * two\n1. three\n> quoted **words**\n`**code**`"))
			.isEqualTo("• one\n  • two\n1. three\n> quoted *words*\n`**code**`");
		assertThat(SlackMrkdwn.convert("```\na < b **c**\n```")).isEqualTo("```\na &lt; b **c**\n```");
	}

	@Test
	void convertFlattensTables() {
		assertThat(SlackMrkdwn.convert("| Care | Challenge |\n|---|---|\n| high | low |"))
			.isEqualTo("• Care · Challenge\n• high · low");
	}

}
