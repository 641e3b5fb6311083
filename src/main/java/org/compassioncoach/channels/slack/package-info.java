/** The Slack adapter: signed events and slash commands mapped onto the turn pipeline. */
package org.compassioncoach.channels.slack;
