package org.compassioncoach.session;

/**
 * Something a conversation produced that belongs in its export: a draft, an assessment, a
 * script, a debrief.
 *
 * @param heading the section heading in the exported Markdown
 * @param markdown the content
 */
public record ExportNote(String heading, String markdown) {
}
