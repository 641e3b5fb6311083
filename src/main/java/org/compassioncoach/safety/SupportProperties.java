package org.compassioncoach.safety;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the coach signposts people to, and how long the safety check may take.
 *
 * @param directory a YAML file of support services; with {@code mode: replace} it replaces the
 * built-in UK directory, with {@code mode: extend} (the default) its services are added and
 * any with the same {@code id} override the built-in ones; unset = the built-in UK directory
 * @param assessTimeout the longest an assessment may take once a thread starts embedding the
 * message (default 2s); a slower one fails closed to the supportive reply. The wait for a
 * thread under load is bounded separately (30 s), so a busy service queues turns instead of
 * failing them closed
 */
@Validated
@ConfigurationProperties("coach.support")
public record SupportProperties(Path directory, @NotNull @DefaultValue("2s") Duration assessTimeout) {
}
