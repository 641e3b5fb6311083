package org.compassioncoach.chat;

import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Warms the turn pipeline once every bean exists and before the web server accepts traffic.
 * Measured on a fresh process, the first streamed turn took four times as long as the next
 * (class loading, the embedding model's first inference on a warm-cache start, cold code),
 * and a burst of first users all waited behind it. Nothing is remembered and no model is
 * called, so this is safe in both modes.
 */
@Component
class StartupWarmup implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(StartupWarmup.class);

	/** Ordinary questions that reach retrieval and the reply (no safety cue stops them early). */
	private static final List<String> MESSAGES = List.of("How do I give a colleague feedback about late handover notes?",
			"What are the steps of the power of the pause?", "How should I prepare a supervision session?",
			"How do I tell someone a complaint about them was upheld?");

	private final TurnPipeline pipeline;

	private final ObjectProvider<JsonMapper> json;

	StartupWarmup(TurnPipeline pipeline, ObjectProvider<JsonMapper> json) {
		this.pipeline = pipeline;
		this.json = json;
	}

	@Override
	public void afterSingletonsInstantiated() {
		long started = System.nanoTime();
		try {
			List<ChatResponse> responses = this.pipeline.warmUp(MESSAGES);
			JsonMapper mapper = this.json.getIfAvailable();
			if (mapper != null) {
				// The stream's events: a delta's map and the done event's response.
				for (ChatResponse response : responses) {
					mapper.writeValueAsString(Map.of("text", response.reply()));
					mapper.writeValueAsString(response);
				}
			}
			logger.info("Warmed up the turn pipeline in %d ms".formatted((System.nanoTime() - started) / 1_000_000));
		}
		catch (RuntimeException ex) {
			// A warm-up only spares the first users some waiting; it must never stop the service.
			logger.warn("Warm-up skipped: " + ex.getClass().getSimpleName());
		}
	}

}
