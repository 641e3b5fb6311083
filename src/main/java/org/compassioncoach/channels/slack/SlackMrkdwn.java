package org.compassioncoach.channels.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts the coach's Markdown to Slack's mrkdwn: {@code **bold**} → {@code *bold*},
 * {@code *italic*} → {@code _italic_}, {@code [text](url)} → {@code <url|text>}, headings →
 * bold lines, list markers → bullets, tables → one line per row; {@code & < >} escaped
 * everywhere except inside Slack's own link syntax. Code spans and fences are kept verbatim
 * (escaped only).
 */
final class SlackMrkdwn {

	private static final char BOLD = '\u0001';

	private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");

	private static final Pattern RULE = Pattern.compile("^\\s{0,3}([-*_])(\\s*\\1){2,}\\s*$");

	private static final Pattern TABLE_SEPARATOR = Pattern
		.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");

	private static final Pattern TABLE_ROW = Pattern.compile("^\\s*\\|(.*)\\|\\s*$");

	private static final Pattern QUOTE = Pattern.compile("^\\s{0,3}>\\s?(.*)$");

	private static final Pattern BULLET = Pattern.compile("^(\\s*)[-*+]\\s+(.*)$");

	private static final Pattern CODE_SPAN = Pattern.compile("`[^`\\n]+`");

	private static final Pattern LINK = Pattern
		.compile("\\[([^\\]\\n]+)\\]\\(\\s*(https?://[^)\\s]+|mailto:[^)\\s]+)\\s*\\)");

	private static final Pattern AUTOLINK = Pattern.compile("&lt;(https?://[^\\s&]+(?:&amp;[^\\s&]+)*)&gt;");

	private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");

	private static final Pattern EMPHASIS = Pattern.compile("(?<![*\\w])\\*(?=[^\\s*])(.+?)(?<=[^\\s*])\\*(?![*\\w])");

	private static final Pattern STRIKE = Pattern.compile("~~(?=\\S)(.+?)(?<=\\S)~~");

	private SlackMrkdwn() {
	}

	static String convert(String markdown) {
		List<String> out = new ArrayList<>();
		boolean fenced = false;
		for (String line : markdown.replace("\r\n", "\n").split("\n", -1)) {
			if (line.strip().startsWith("```")) {
				fenced = !fenced;
				out.add("```");
				continue;
			}
			if (fenced) {
				out.add(escape(line));
				continue;
			}
			if (!TABLE_SEPARATOR.matcher(line).matches()) {
				out.add(convertLine(line));
			}
		}
		return String.join("\n", out).replaceAll("\n{3,}", "\n\n").strip();
	}

	private static String convertLine(String line) {
		Matcher matcher = HEADING.matcher(line);
		if (matcher.matches()) {
			String heading = inline(matcher.group(1)).replace("*", "");
			return heading.isEmpty() ? "" : "*" + heading + "*";
		}
		if (RULE.matcher(line).matches()) {
			return "";
		}
		matcher = TABLE_ROW.matcher(line);
		if (matcher.matches()) {
			List<String> cells = new ArrayList<>();
			for (String cell : matcher.group(1).split("\\|")) {
				if (!cell.isBlank()) {
					cells.add(inline(cell.strip()));
				}
			}
			return "• " + String.join(" · ", cells);
		}
		matcher = QUOTE.matcher(line);
		if (matcher.matches()) {
			return "> " + inline(matcher.group(1));
		}
		matcher = BULLET.matcher(line);
		if (matcher.matches()) {
			return matcher.group(1) + "• " + inline(matcher.group(2));
		}
		return inline(line);
	}

	/** Inline formatting outside code spans. */
	private static String inline(String text) {
		StringBuilder out = new StringBuilder();
		Matcher code = CODE_SPAN.matcher(text);
		int last = 0;
		while (code.find()) {
			out.append(formatting(text.substring(last, code.start()))).append(escape(code.group()));
			last = code.end();
		}
		return out.append(formatting(text.substring(last))).toString();
	}

	private static String formatting(String text) {
		String out = escape(text);
		out = LINK.matcher(out).replaceAll((link) -> Matcher.quoteReplacement(
				"<" + link.group(2) + "|" + link.group(1).replace("|", "/") + ">"));
		out = AUTOLINK.matcher(out).replaceAll((link) -> Matcher.quoteReplacement("<" + link.group(1) + ">"));
		out = STRONG.matcher(out).replaceAll((strong) -> Matcher.quoteReplacement(BOLD + strong.group(2) + BOLD));
		out = EMPHASIS.matcher(out).replaceAll((emphasis) -> Matcher.quoteReplacement("_" + emphasis.group(1) + "_"));
		out = STRIKE.matcher(out).replaceAll((strike) -> Matcher.quoteReplacement("~" + strike.group(1) + "~"));
		return out.replace(BOLD, '*');
	}

	/** Slack's three control characters, as its formatting guide asks. */
	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
