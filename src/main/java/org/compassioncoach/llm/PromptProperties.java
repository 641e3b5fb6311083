package org.compassioncoach.llm;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the prompts come from.
 *
 * @param dir a folder of prompt files that replaces the packaged {@code prompts/}; unset =
 * the packaged prompts
 */
@Validated
@ConfigurationProperties("coach.prompts")
public record PromptProperties(Path dir) {
}
