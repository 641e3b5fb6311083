/** Conversation memory: bounded, expiring, keyed by conversation id. */
package org.compassioncoach.session;
