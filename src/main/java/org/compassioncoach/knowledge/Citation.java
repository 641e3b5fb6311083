package org.compassioncoach.knowledge;

/** How a reply names a card it drew on. */
public record Citation(String id, String title, String source, String section) {
}
