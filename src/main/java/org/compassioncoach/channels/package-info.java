/** What the Slack and Teams adapters share: typed text to a turn request, conversation-id parts, and what to say when a turn fails. */
package org.compassioncoach.channels;
