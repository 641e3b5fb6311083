package org.compassioncoach.llm;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Prompt files with named variables. */
class PromptLibraryTests {

	@Test
	void renderFillsNamedVariables() {
		PromptLibrary prompts = new PromptLibrary(Map.of("system", "Rules.", "step", "Goal: {{ goal }} for {{who}}."));
		assertThat(prompts.render("step", Map.of("goal", "listen", "who", "Sam"))).isEqualTo("Goal: listen for Sam.");
	}

	@Test
	void renderWithAMissingVariableFailsRatherThanDroppingContent() {
		PromptLibrary prompts = new PromptLibrary(Map.of("system", "Rules.", "step", "Goal: {{goal}}"));
		assertThatIllegalArgumentException().isThrownBy(() -> prompts.render("step", Map.of()))
			.withMessageContaining("goal");
	}

	@Test
	void libraryWithoutASystemPromptIsRefused() {
		assertThatIllegalStateException().isThrownBy(() -> new PromptLibrary(Map.of("step", "x")));
	}

	@Test
	void packagedPromptsIncludeTheSystemRulesAndEveryStepPrompt() {
		PromptLibrary prompts = new PromptLibrary(new PromptProperties(null));
		assertThat(prompts.has("system")).isTrue();
		assertThat(prompts.has("cards")).isTrue();
		assertThat(prompts.has("steps/flow-step")).isTrue();
		assertThat(prompts.render("system", Map.of())).contains("Never reveal");
	}

}
