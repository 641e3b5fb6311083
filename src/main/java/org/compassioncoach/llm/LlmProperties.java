package org.compassioncoach.llm;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The OpenAI-compatible model the coach may use.
 *
 * @param baseUrl API base such as {@code https://api.openai.com/v1}; unset = offline mode (no
 * network, the deterministic coach answers)
 * @param apiKey bearer key; unset = no Authorization header (fine for a local Ollama or vLLM)
 * @param model chat model name (default {@code gpt-4o-mini})
 * @param timeout per-call bound; a model slower than this gets the offline reply (default 30s)
 * @param maxConcurrent calls in flight toward the model at once; more get 503 + Retry-After
 * (default 256)
 * @param promptsDir a folder that replaces the packaged {@code prompts/}; unset = packaged
 */
@Validated
@ConfigurationProperties("coach.llm")
public record LlmProperties(URI baseUrl, String apiKey, @NotBlank @DefaultValue("gpt-4o-mini") String model,
		@NotNull @DefaultValue("30s") Duration timeout, @Min(1) @Max(100_000) @DefaultValue("256") int maxConcurrent) {

	public boolean enabled() {
		return this.baseUrl != null;
	}

	/** Never prints the key. */
	@Override
	public String toString() {
		return "LlmProperties[baseUrl=" + this.baseUrl + ", apiKey=" + ((this.apiKey != null) ? "****" : "unset")
				+ ", model=" + this.model + ", timeout=" + this.timeout + ", maxConcurrent=" + this.maxConcurrent + "]";
	}

}
