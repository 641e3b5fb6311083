package org.compassioncoach.channels.teams;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.compassioncoach.chat.ChatResponse;
import org.compassioncoach.knowledge.Citation;
import org.compassioncoach.safety.SupportService;

import static org.assertj.core.api.Assertions.assertThat;

class TeamsMessageRendererTests {

	private final TeamsMessageRenderer renderer = new TeamsMessageRenderer();

	@Test
	void renderAddsASupportSectionWithPlainContacts() {
		String text = this.renderer.render(new ChatResponse("c-1", "**Call 999 if you are in danger.**", "offline", null,
				List.of(), new ChatResponse.Safety("crisis", List.of(new SupportService("samaritans", "Samaritans",
						"Call 116 123", "https://www.samaritans.org", "24/7", "Talk to someone."))),
				List.of("I'm safe right now")));
		assertThat(text).startsWith("**Call 999 if you are in danger.**")
			.contains(TeamsMessageRenderer.SUPPORT_HEADING
					+ "\n\n- **Samaritans**: Call 116 123 (24/7) https://www.samaritans.org\n\nYou could")
			.endsWith("You could reply: “I'm safe right now”");
	}

	@Test
	void renderWithoutSignpostsHasNoSupportSection() {
		String text = this.renderer.render(new ChatResponse("c-1", "Reply", "offline", null,
				List.of(new Citation("lotus", "L.O.T.U.S. five steps", "L.O.T.U.S. toolkit", "Section 2")),
				new ChatResponse.Safety("none", List.of()), List.of()));
		assertThat(text).isEqualTo("Reply\n\n*Sources: L.O.T.U.S. five steps (L.O.T.U.S. toolkit, Section 2)*");
	}

}
