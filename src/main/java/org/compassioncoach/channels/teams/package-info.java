/** The Microsoft Teams outgoing-webhook adapter, mapped onto the turn pipeline. */
package org.compassioncoach.channels.teams;
