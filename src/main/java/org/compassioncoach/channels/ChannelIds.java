package org.compassioncoach.channels;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Parts of conversation ids made from a platform's ids. */
public final class ChannelIds {

	private ChannelIds() {
	}

	/**
	 * 16 hex digits (64 bits) of the SHA-256 of an id: short, made only of characters a
	 * conversation id allows, and distinct for distinct ids in practice.
	 */
	public static String hash(String id) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
