package org.compassioncoach.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A scripted OpenAI-compatible model on loopback: {@code POST /v1/chat/completions} answers
 * every request with the same reply, the first token after a fixed delay and the rest at a
 * fixed rate, so the time a real model takes is known exactly and the coach's own cost is
 * whatever is left. It exits by itself after {@code --max-seconds}.
 *
 * <p>Usage: {@code java -cp bench/target/classes org.compassioncoach.bench.ScriptedModel
 * --port=18090 --first-token-ms=200 --token-ms=20 --max-seconds=1800}
 */
public final class ScriptedModel {

	/** Four sentences; the first ends after eight tokens. Nothing in it trips the output checks. */
	static final String REPLY = "Start with the bottom line, kindly and clearly. Name the specific behaviour "
			+ "and its impact on patients and the team. Then ask what is getting in the way, and listen before "
			+ "you suggest anything. Agree one small change and a date to review it together.";

	/** LangChain4j pretty-prints its requests: {@code "stream" : true}. */
	private static final Pattern STREAM = Pattern.compile("\"stream\"\\s*:\\s*true");

	private final long firstTokenNanos;

	private final long tokenNanos;

	private final List<String> tokens;

	private final AtomicLong served = new AtomicLong();

	/** Client ports seen: how many TCP connections the coach opened (shows whether it reuses them). */
	private final Set<Integer> connections = ConcurrentHashMap.newKeySet();

	ScriptedModel(long firstTokenMillis, long tokenMillis, String reply) {
		this.firstTokenNanos = TimeUnit.MILLISECONDS.toNanos(firstTokenMillis);
		this.tokenNanos = TimeUnit.MILLISECONDS.toNanos(tokenMillis);
		this.tokens = tokens(reply);
	}

	public static void main(String[] args) throws IOException {
		Args options = new Args(args);
		int port = options.integer("port", 18090);
		ScriptedModel model = new ScriptedModel(options.integer("first-token-ms", 200),
				options.integer("token-ms", 20), options.text("reply", REPLY));
		// A thread per open stream keeps the pacing exact; bounded so a runaway client cannot
		// exhaust the machine (a request beyond the bound is dropped and counted by the driver).
		ExecutorService threads = new ThreadPoolExecutor(32, options.integer("max-streams", 2048), 30,
				TimeUnit.SECONDS, new SynchronousQueue<>());
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 4096);
		server.createContext("/v1/chat/completions", model::answer);
		server.createContext("/health", (exchange) -> model.send(exchange, 200, "text/plain", "UP"));
		server.createContext("/stats", (exchange) -> model.send(exchange, 200, "text/plain",
				"requests=" + model.served.get() + " connections=" + model.connections.size()));
		server.setExecutor(threads);
		server.start();
		System.out.println("scripted model on http://127.0.0.1:" + port + "/v1 (first token "
				+ options.integer("first-token-ms", 200) + " ms, then one token every " + options.integer("token-ms", 20)
				+ " ms, " + model.tokens.size() + " tokens)");
		long maxSeconds = options.integer("max-seconds", 1800);
		Thread stopper = new Thread(() -> {
			LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(maxSeconds));
			System.out.println("scripted model stops after " + maxSeconds + " s, " + model.served.get() + " replies");
			server.stop(0);
			threads.shutdownNow();
			System.exit(0);
		}, "stopper");
		stopper.setDaemon(false);
		stopper.start();
	}

	/** Splits a reply the way a model's tokenizer roughly does: words, each with its leading space. */
	static List<String> tokens(String reply) {
		List<String> tokens = new ArrayList<>();
		int start = 0;
		for (int i = 1; i <= reply.length(); i++) {
			if (i == reply.length() || reply.charAt(i) == ' ') {
				tokens.add(reply.substring(start, i));
				start = i;
			}
		}
		return tokens;
	}

	private void answer(HttpExchange exchange) throws IOException {
		long received = System.nanoTime();
		String body;
		try (InputStream in = exchange.getRequestBody()) {
			body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		this.served.incrementAndGet();
		this.connections.add(exchange.getRemoteAddress().getPort());
		if (!STREAM.matcher(body).find()) {
			sleepUntil(received + this.firstTokenNanos + this.tokenNanos * this.tokens.size());
			send(exchange, 200, "application/json", completion(String.join("", this.tokens)));
			return;
		}
		exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
		exchange.sendResponseHeaders(200, 0);
		try (OutputStream out = exchange.getResponseBody()) {
			for (int i = 0; i < this.tokens.size(); i++) {
				sleepUntil(received + this.firstTokenNanos + this.tokenNanos * i);
				out.write(chunk(this.tokens.get(i), null).getBytes(StandardCharsets.UTF_8));
				out.flush();
			}
			out.write((chunk("", "stop") + "data: [DONE]\n\n").getBytes(StandardCharsets.UTF_8));
			out.flush();
		}
		catch (IOException ex) {
			// The client went away (a cancelled turn); nothing to clean up.
		}
	}

	private void send(HttpExchange exchange, int status, String type, String text) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", type);
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private static void sleepUntil(long deadline) {
		long left;
		while ((left = deadline - System.nanoTime()) > 0) {
			LockSupport.parkNanos(left);
		}
	}

	static String completion(String text) {
		return "{\"id\":\"chatcmpl-bench\",\"object\":\"chat.completion\",\"created\":1700000000,\"model\":\"scripted\","
				+ "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":" + quote(text)
				+ "},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":10,"
				+ "\"total_tokens\":20}}";
	}

	static String chunk(String token, String finishReason) {
		return "data: {\"id\":\"chatcmpl-bench\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,"
				+ "\"model\":\"scripted\",\"choices\":[{\"index\":0,\"delta\":{\"content\":" + quote(token)
				+ "},\"finish_reason\":" + ((finishReason != null) ? quote(finishReason) : "null") + "}]}\n\n";
	}

	static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}

}
