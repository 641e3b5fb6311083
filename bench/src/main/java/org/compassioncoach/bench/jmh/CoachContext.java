package org.compassioncoach.bench.jmh;

import java.util.concurrent.atomic.AtomicLong;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import org.compassioncoach.CompassionCoachApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The service's own beans, built once per fork exactly as the running service builds them
 * (offline mode, no web server), so each benchmark measures the production code paths.
 */
@State(Scope.Benchmark)
public class CoachContext {

	/** Questions of the kind leaders ask; none is a crisis, so every path runs to the end. */
	static final String[] MESSAGES = { "How do I tell a colleague that their handover notes keep arriving late?",
			"What should I say about a complaint that was upheld?",
			"How can I give honest feedback without crushing someone?",
			"A team member keeps interrupting colleagues in meetings; how do I raise it kindly?",
			"How do I start a supervision session with a new social worker?",
			"What is a compassionate way to tell someone their probation is extended?",
			"How can I stay calm when someone pushes back on every change?",
			"What questions should I ask about the contributory factors behind a missed handover?" };

	private final AtomicLong fresh = new AtomicLong();

	ConfigurableApplicationContext context;

	@Setup
	public void start() {
		// As arguments, not default properties: application.yml would override those.
		this.context = new SpringApplicationBuilder(CompassionCoachApplication.class).web(WebApplicationType.NONE)
			.run("--spring.main.banner-mode=off", "--logging.level.root=warn", "--logging.level.org.compassioncoach=warn");
	}

	@TearDown
	public void stop() {
		this.context.close();
	}

	public <T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	/** The same few messages over and over: what a turn pays when the embedding is cached. */
	String seen(long i) {
		return MESSAGES[(int) (i % MESSAGES.length)];
	}

	/** A message the service has never seen: what a turn pays when it must embed the text. */
	String unseen() {
		long n = this.fresh.incrementAndGet();
		return MESSAGES[(int) (n % MESSAGES.length)].replace("?", " (case " + n + ")?");
	}

}
