package org.compassioncoach.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives the coach (or the scripted model directly) with a fixed number of concurrent
 * users, each sending its turns one after another, and prints what it measured as one
 * {@code RESULT key=value ...} line for {@code bench/run.sh} plus a readable summary.
 *
 * <p>Scenarios ({@code --scenario=}):
 * <ul>
 * <li>{@code stream}: {@code POST /api/v1/chat/stream} on the coach; per turn the time to the
 * first sentence (the text up to the first ". ") and to the {@code done} event.</li>
 * <li>{@code direct}: the same request shape straight to the model's
 * {@code /chat/completions} with {@code stream=true}; the same first-sentence clock.</li>
 * <li>{@code offline}: {@code POST /api/v1/chat} on an offline coach; per turn latency.</li>
 * </ul>
 * Every user's first {@code --warmup-turns} are sent but not counted; users start spread
 * over {@code --ramp-ms} so the measurement is of a steady stream of turns, not of one
 * synchronised burst. Loops are bounded by {@code --turns} and {@code --max-seconds}.
 * {@code --messages=typed} sends the same questions as people often type them (contractions,
 * missing apostrophes) instead of the default well-formed ones. Messages are numbered from a
 * random {@code --first-message}, so no two runs send the same texts.
 * Loopback only: the base URL must be on 127.0.0.1 or localhost.
 */
public final class LoadDriver {

	private static final String[] NAMES = { "Sam", "Priya", "Tom", "Aisha", "Gareth", "Mei", "Olu", "Hannah",
			"Jakub", "Rosa", "Callum", "Fatima" };

	/** Ordinary coaching questions: no crisis or distress cues, so every turn reaches the model. */
	private static final String[] TEMPLATES = {
			"How do I tell %s on ward %d that their handover notes keep arriving late?",
			"What should I say to %s from team %d about a complaint that was upheld?",
			"How can I give %s on ward %d honest feedback without crushing them?",
			"%s in team %d keeps interrupting colleagues in meetings; how do I raise it kindly?",
			"How do I start a supervision session with %s, a new social worker in team %d?",
			"What is a compassionate way to tell %s on unit %d that their probation is extended?",
			"How do I prepare for a conversation with %s from ward %d about repeated lateness?",
			"How can I stay calm when %s in team %d pushes back on every change?",
			"What questions should I ask %s on ward %d about the contributory factors behind a missed handover?",
			"How do I open a performance conversation with %s in team %d with care and challenge?" };

	/** The same questions as people often type them: contractions, no apostrophes, lower case. */
	private static final String[] TYPED_TEMPLATES = {
			"i'm not sure how to tell %s on ward %d that their handover notes can't keep arriving late",
			"what should I say to %s from team %d? the complaint's been upheld and she doesn't know yet",
			"how do i give %s on ward %d honest feedback without crushing them, they're new",
			"%s in team %d keeps interrupting colleagues in meetings, how do I raise it kindly? I don't want a row",
			"I've got a supervision session with %s, a new social worker in team %d. how do i start it?",
			"what's a compassionate way to tell %s on unit %d their probation's extended",
			"im preparing for a conversation with %s from ward %d about lateness, it's the fourth time",
			"how can I stay calm when %s in team %d pushes back on every change? I'm losing patience",
			"what questions should I ask %s on ward %d about what went wrong at handover? we've had a near miss",
			"how do I open a performance conversation with %s in team %d with care and challenge? it's overdue" };

	/** Prime, so the texts repeat only after 60 × WARDS messages (templates and names cycle by 60). */
	private static final int WARDS = 9_973;

	private static final Pattern SUPPORTIVE = Pattern.compile("\"safety\"\\s*:\\s*\\{\\s*\"level\"\\s*:\\s*\"(?:crisis|distress)\"");

	private static final Pattern CONVERSATION_ID = Pattern.compile("\"conversationId\"\\s*:\\s*\"([^\"]+)\"");

	/** Possessive: a plain loop here recursed once per character and overflowed on a long reply. */
	private static final Pattern TEXT = Pattern.compile("\"(?:text|content)\"\\s*:\\s*\"((?:[^\"\\\\]++|\\\\.)*+)\"");

	private final Args options;

	private final String scenario;

	private final URI base;

	private final HttpClient client;

	/**
	 * Numbers the messages; each run starts somewhere new, so a run never repeats the texts of
	 * the warm-up or of an earlier run, whose embeddings the service still has cached.
	 */
	private final AtomicLong messageNumber;

	private final long firstMessage;

	private final String[] templates;

	private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();

	private final AtomicInteger errors = new AtomicInteger();

	private final ConcurrentLinkedQueue<String> errorKinds = new ConcurrentLinkedQueue<>();

	private final AtomicInteger supportive = new AtomicInteger();

	private volatile long deadline;

	LoadDriver(Args options) {
		this.options = options;
		this.scenario = options.text("scenario", "stream");
		this.templates = "typed".equals(options.text("messages", "plain")) ? TYPED_TEMPLATES : TEMPLATES;
		this.firstMessage = options.integer("first-message",
				java.util.concurrent.ThreadLocalRandom.current().nextInt(0, 60 * WARDS));
		this.messageNumber = new AtomicLong(this.firstMessage);
		this.base = URI.create(options.text("base", "http://127.0.0.1:18080"));
		String host = this.base.getHost();
		if (!"127.0.0.1".equals(host) && !"localhost".equals(host)) {
			throw new IllegalArgumentException("The load driver only targets loopback, not " + host);
		}
		// HTTP/1.1: no h2c upgrade dance; one keep-alive connection per concurrent user.
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.executor(Executors.newFixedThreadPool(2, daemon("driver-http")))
			.build();
	}

	public static void main(String[] args) throws Exception {
		LoadDriver driver = new LoadDriver(new Args(args));
		driver.run();
		System.exit(0);
	}

	private void run() throws InterruptedException {
		int users = this.options.integer("users", 100);
		int turns = this.options.integer("turns", 5);
		int warmup = this.options.integer("warmup-turns", 1);
		int rampMillis = this.options.integer("ramp-ms", 1000);
		int turnsPerConversation = this.options.integer("turns-per-conversation", 3);
		this.deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(this.options.integer("max-seconds", 300));
		ScheduledExecutorService starter = Executors.newSingleThreadScheduledExecutor(daemon("driver-ramp"));
		List<CompletableFuture<Void>> all = new ArrayList<>();
		long started = System.nanoTime();
		AtomicLong measuredFrom = new AtomicLong(Long.MAX_VALUE);
		for (int u = 0; u < users; u++) {
			CompletableFuture<Void> user = new CompletableFuture<>();
			long delay = (users > 1) ? (long) rampMillis * u / (users - 1) : 0;
			starter.schedule(() -> new User(warmup, turns, turnsPerConversation, user, measuredFrom).next(),
					delay, TimeUnit.MILLISECONDS);
			all.add(user);
		}
		CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
		long ended = System.nanoTime();
		starter.shutdownNow();
		report(users, started, measuredFrom.get(), ended);
	}

	/** One user: a chain of turns, each sent when the previous one has finished. */
	private final class User {

		private final int warmup;

		private final int turns;

		private final int turnsPerConversation;

		private final CompletableFuture<Void> finished;

		private final AtomicLong measuredFrom;

		private int sent;

		private String conversationId;

		User(int warmup, int turns, int turnsPerConversation, CompletableFuture<Void> finished,
				AtomicLong measuredFrom) {
			this.warmup = warmup;
			this.turns = turns;
			this.turnsPerConversation = turnsPerConversation;
			this.finished = finished;
			this.measuredFrom = measuredFrom;
		}

		void next() {
			if (this.sent >= this.warmup + this.turns || System.nanoTime() > LoadDriver.this.deadline) {
				this.finished.complete(null);
				return;
			}
			boolean counted = this.sent >= this.warmup;
			if (counted && this.sent == this.warmup) {
				this.measuredFrom.accumulateAndGet(System.nanoTime(), Math::min);
			}
			if (this.sent % this.turnsPerConversation == 0) {
				this.conversationId = null;
			}
			this.sent++;
			turn(this.conversationId).whenComplete((result, error) -> {
				if (error != null) {
					Throwable cause = (error.getCause() != null) ? error.getCause() : error;
					result = Sample.failed(cause.getClass().getSimpleName());
				}
				if (result.error() != null) {
					LoadDriver.this.errors.incrementAndGet();
					LoadDriver.this.errorKinds.add(result.error());
					this.conversationId = null;
				}
				else {
					this.conversationId = result.conversationId();
					if (counted && result.supportive()) {
						LoadDriver.this.supportive.incrementAndGet();
					}
					else if (counted) {
						LoadDriver.this.samples.add(result);
					}
				}
				next();
			});
		}

	}

	private CompletableFuture<Sample> turn(String conversationId) {
		long number = this.messageNumber.incrementAndGet();
		// Ward and team numbers as people write them: the safety layer reads a number of five or
		// more digits as a reference and drops it, which would make every message a repeat.
		String message = this.templates[(int) (number % this.templates.length)].formatted(NAMES[(int) (number % NAMES.length)],
				number % WARDS + 1);
		return switch (this.scenario) {
			case "stream" -> stream(this.base.resolve("/api/v1/chat/stream"), chatBody(conversationId, message));
			case "direct" -> stream(URI.create(this.base + "/chat/completions"), modelBody(message));
			case "offline" -> whole(chatBody(conversationId, message));
			default -> throw new IllegalArgumentException("Unknown scenario " + this.scenario);
		};
	}

	private CompletableFuture<Sample> whole(String body) {
		long sent = System.nanoTime();
		HttpRequest request = HttpRequest.newBuilder(this.base.resolve("/api/v1/chat"))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return this.client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply((response) -> {
			long took = System.nanoTime() - sent;
			if (response.statusCode() != 200) {
				return Sample.failed("status-" + response.statusCode());
			}
			Matcher id = CONVERSATION_ID.matcher(response.body());
			return new Sample(took, took, id.find() ? id.group(1) : null, null, false);
		});
	}

	private CompletableFuture<Sample> stream(URI uri, String body) {
		long sent = System.nanoTime();
		HttpRequest request = HttpRequest.newBuilder(uri)
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.header("Accept", "text/event-stream")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		SseClock clock = new SseClock(sent);
		return this.client.sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(clock))
			.thenApply((response) -> (response.statusCode() != 200) ? Sample.failed("status-" + response.statusCode())
					: clock.sample());
	}

	private static String chatBody(String conversationId, String message) {
		return (conversationId != null)
				? "{\"conversationId\":" + ScriptedModel.quote(conversationId) + ",\"message\":"
						+ ScriptedModel.quote(message) + "}"
				: "{\"message\":" + ScriptedModel.quote(message) + "}";
	}

	/** A request of the size the coach sends (about 7.5 KB: system rules, a step, three cards, the message). */
	private static String modelBody(String message) {
		String filler = "A compassionate leader attends, understands, empathises and helps. ".repeat(110);
		return "{\"model\":\"gpt-4o-mini\",\"stream\":true,\"temperature\":0.4,\"messages\":["
				+ "{\"role\":\"system\",\"content\":" + ScriptedModel.quote(filler) + "},"
				+ "{\"role\":\"user\",\"content\":" + ScriptedModel.quote(message) + "}]}";
	}

	/** Reads server-sent events and notes when the first sentence is complete. */
	private static final class SseClock implements java.util.concurrent.Flow.Subscriber<String> {

		private final long sent;

		private final StringBuilder text = new StringBuilder();

		private long firstSentence = -1;

		private long done = -1;

		private String event = "message";

		private String conversationId;

		private boolean sawDone;

		private boolean supportive;

		SseClock(long sent) {
			this.sent = sent;
		}

		@Override
		public void onSubscribe(java.util.concurrent.Flow.Subscription subscription) {
			subscription.request(Long.MAX_VALUE);
		}

		@Override
		public void onNext(String line) {
			long now = System.nanoTime();
			if (line.startsWith("event:")) {
				this.event = line.substring(6).strip();
			}
			else if (line.startsWith("data:")) {
				String data = line.substring(5).strip();
				if ("done".equals(this.event) || "[DONE]".equals(data)) {
					this.sawDone = true;
					this.done = now;
					Matcher id = CONVERSATION_ID.matcher(data);
					if (id.find()) {
						this.conversationId = id.group(1);
					}
					this.supportive = SUPPORTIVE.matcher(data).find();
				}
				else {
					Matcher fragment = TEXT.matcher(data);
					if (fragment.find()) {
						this.text.append(unescape(fragment.group(1)));
						if (this.firstSentence < 0 && this.text.indexOf(". ") >= 0) {
							this.firstSentence = now;
						}
					}
				}
			}
			else if (line.isEmpty()) {
				this.event = "message";
			}
		}

		@Override
		public void onError(Throwable throwable) {
		}

		@Override
		public void onComplete() {
		}

		Sample sample() {
			if (!this.sawDone) {
				return Sample.failed("no-done-event");
			}
			if (this.supportive) {
				return new Sample(0, this.done - this.sent, this.conversationId, null, true);
			}
			if (this.firstSentence < 0) {
				return Sample.failed("no-sentence");
			}
			return new Sample(this.firstSentence - this.sent, this.done - this.sent, this.conversationId, null, false);
		}

	}

	static String unescape(String json) {
		if (json.indexOf('\\') < 0) {
			return json;
		}
		StringBuilder out = new StringBuilder(json.length());
		for (int i = 0; i < json.length(); i++) {
			char c = json.charAt(i);
			if (c != '\\' || i + 1 >= json.length()) {
				out.append(c);
				continue;
			}
			char next = json.charAt(++i);
			switch (next) {
				case 'n' -> out.append('\n');
				case 't' -> out.append('\t');
				case 'r' -> out.append('\r');
				case 'u' -> {
					out.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
					i += 4;
				}
				default -> out.append(next);
			}
		}
		return out.toString();
	}

	/**
	 * One turn as the driver saw it.
	 * @param firstNanos time to the first sentence (stream) or to the whole response
	 * @param totalNanos time to the end of the response
	 * @param supportive the safety layer answered instead of the model (a false alarm on a bench
	 * message, a conversation still in its supportive state, or a check that failed closed after
	 * waiting too long): counted, but not a model timing
	 */
	record Sample(long firstNanos, long totalNanos, String conversationId, String error, boolean supportive) {

		static Sample failed(String error) {
			return new Sample(0, 0, null, error, false);
		}

	}

	private void report(int users, long started, long measuredFrom, long ended) {
		long[] first = this.samples.stream().mapToLong(Sample::firstNanos).sorted().toArray();
		long[] total = this.samples.stream().mapToLong(Sample::totalNanos).sorted().toArray();
		double seconds = (ended - Math.min(measuredFrom, ended)) / 1e9;
		double throughput = (seconds > 0) ? first.length / seconds : 0;
		String kinds = this.errorKinds.stream().distinct().limit(5).reduce((a, b) -> a + "," + b).orElse("-");
		System.out.printf(Locale.ROOT,
				"RESULT scenario=%s users=%d sent=%d n=%d supportive=%d errors=%d first_p50=%.1f first_p95=%.1f first_p99=%.1f "
						+ "first_max=%.1f total_p50=%.1f total_p99=%.1f throughput=%.1f seconds=%.1f error_kinds=%s%n",
				this.scenario, users, this.messageNumber.get() - this.firstMessage, first.length, this.supportive.get(), this.errors.get(), ms(first, 0.50), ms(first, 0.95),
				ms(first, 0.99), ms(first, 1.0), ms(total, 0.50), ms(total, 0.99), throughput,
				(ended - started) / 1e9, kinds);
	}

	/** Nearest-rank percentile in milliseconds. */
	static double ms(long[] sorted, double quantile) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(quantile * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
	}

	private static java.util.concurrent.ThreadFactory daemon(String name) {
		AtomicInteger count = new AtomicInteger();
		return (runnable) -> {
			Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
