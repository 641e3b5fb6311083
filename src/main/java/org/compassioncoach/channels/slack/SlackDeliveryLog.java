package org.compassioncoach.channels.slack;

import java.util.Collection;

/**
 * Remembers which Slack deliveries the coach has accepted, so that a retry or the same message
 * delivered under another event id is never answered twice. The in-memory default serves one
 * instance; a shared store (Redis {@code SET NX EX} per key) makes it hold across instances.
 */
interface SlackDeliveryLog {

	/**
	 * Records the keys of a delivery the caller is about to process, unless any of them is
	 * already known.
	 * @param keys every identity of the delivery (event id, channel + message ts, client message id)
	 * @return {@code true} when none was known and all are now recorded; {@code false} for a
	 * duplicate, which must be ignored
	 */
	boolean firstDelivery(Collection<String> keys);

}
