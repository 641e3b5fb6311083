package org.compassioncoach.chat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Cutting a token stream into sentences that can be checked one by one. */
class SentenceSplitterTests {

	@Test
	void sentencesAreReleasedOnlyWhenComplete() {
		SentenceSplitter splitter = new SentenceSplitter();
		assertThat(splitter.accept("Take a")).isEmpty();
		assertThat(splitter.accept(" breath. Then")).containsExactly("Take a breath. ");
		assertThat(splitter.accept(" speak")).isEmpty();
		assertThat(splitter.finish()).isEqualTo("Then speak");
	}

	@Test
	void fragmentsRejoinToTheOriginalText() {
		String text = "First, e.g. this one. Second!\n\n1. A list item\n2. Another? Yes.\nDone";
		SentenceSplitter splitter = new SentenceSplitter();
		List<String> out = new ArrayList<>();
		for (int i = 0; i < text.length(); i += 3) {
			out.addAll(splitter.accept(text.substring(i, Math.min(text.length(), i + 3))));
		}
		out.add(splitter.finish());
		assertThat(String.join("", out)).isEqualTo(text);
		assertThat(out).contains("First, e.g. this one. ", "1. A list item\n");
	}

}
