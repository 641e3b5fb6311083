package org.compassioncoach.chat;

/**
 * One user turn, as the API and the channel adapters send it.
 *
 * @param conversationId the conversation to continue; {@code null} starts a new one
 * @param message the user's text
 * @param flow a flow id to start or switch to, or {@code null}
 */
public record ChatRequest(String conversationId, String message, String flow) {
}
