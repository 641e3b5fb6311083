package org.compassioncoach.session;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.springframework.stereotype.Component;

/**
 * Makes unguessable conversation ids (an id is the only key to a conversation's export).
 * A DRBG seeded once at start-up: {@code UUID.randomUUID()} reads {@code /dev/urandom} on the
 * calling thread, which would block an event loop.
 */
@Component
public class ConversationIds {

	private final SecureRandom random;

	ConversationIds() throws NoSuchAlgorithmException {
		this.random = SecureRandom.getInstance("DRBG");
		this.random.nextBytes(new byte[16]);
	}

	public String next() {
		byte[] bytes = new byte[16];
		synchronized (this.random) {
			this.random.nextBytes(bytes);
		}
		return "c-" + HexFormat.of().formatHex(bytes);
	}

}
