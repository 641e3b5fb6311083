package org.compassioncoach.knowledge;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the knowledge cards come from.
 *
 * @param dir a folder of {@code *.md} cards that replaces the cards packaged in the jar;
 * unset = the packaged {@code knowledge/} cards
 */
@Validated
@ConfigurationProperties("coach.knowledge")
public record KnowledgeProperties(Path dir) {
}
