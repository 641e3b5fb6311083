package org.compassioncoach.config;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * With {@code --coach.warm-up=true} the service starts (which embeds the cards and exemplar
 * banks into the embedding cache) and exits: used when building an image so that containers
 * start without embedding anything.
 */
@Component
@ConditionalOnBooleanProperty("coach.warm-up")
class WarmUp implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(WarmUp.class);

	private final ConfigurableApplicationContext context;

	WarmUp(ConfigurableApplicationContext context) {
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		logger.info("Warm-up finished: embeddings are cached; exiting");
		System.exit(SpringApplication.exit(this.context, () -> 0));
	}

}
