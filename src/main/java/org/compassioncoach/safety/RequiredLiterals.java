package org.compassioncoach.safety;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The literal strings of which every match of a regular expression must contain at least one,
 * worked out once from the expression's source: a sentence that contains none of them cannot
 * match, so the expression need not run at all.
 *
 * <p>Most sentences a coach reads are ordinary, and the risk rules are long alternations that
 * Java's matcher tries at every position of every sentence: cheap {@link String#contains}
 * checks turn that into a handful of scans. The analysis is conservative: anything it does not
 * understand (a flag group, a back-reference, a class it cannot list) means "no requirement",
 * and the expression always runs.
 */
final class RequiredLiterals {

	/** Above this many spellings a group is treated as open-ended rather than listed. */
	private static final int MAX_SPELLINGS = 256;

	/** A literal this long ("suicid", " myself") is already rare in ordinary sentences. */
	private static final int RARE_ENOUGH = 6;

	/** Orders candidate sets: the more selective, then the shorter list. */
	private static final Comparator<Set<String>> BETTER = Comparator.comparingInt(RequiredLiterals::selectivity)
		.thenComparing(Comparator.comparingInt(Set<String>::size).reversed());

	private static final RequiredLiterals NONE = new RequiredLiterals(null);

	private final List<String> literals;

	private RequiredLiterals(List<String> literals) {
		this.literals = literals;
	}

	/**
	 * Analyses a regular expression that is matched case-sensitively.
	 * @param regex the expression's source
	 * @return what any match must contain, or a filter that lets every text through
	 */
	static RequiredLiterals of(String regex) {
		try {
			Node node = new Parser(regex).parse();
			Set<String> required = node.best();
			if (required == null || required.contains("")) {
				return NONE;
			}
			return new RequiredLiterals(shortestForms(required));
		}
		catch (Unsupported ex) {
			return NONE;
		}
	}

	/** Drops every literal that contains another: a text with "killing me" also has "kill". */
	private static List<String> shortestForms(Set<String> literals) {
		return literals.stream()
			.filter((literal) -> literals.stream().noneMatch((other) -> !other.equals(literal) && literal.contains(other)))
			.toList();
	}

	/** Whether the expression could match somewhere in {@code text}. */
	boolean mayMatch(String text) {
		if (this.literals == null) {
			return true;
		}
		for (String literal : this.literals) {
			if (text.contains(literal)) {
				return true;
			}
		}
		return false;
	}

	/** The literals, or {@code null} when the expression always runs (for tests). */
	List<String> literals() {
		return this.literals;
	}

	/**
	 * What is known of one part of an expression.
	 *
	 * @param spellings every string the part can match, when they are few enough to list
	 * ({@code null} otherwise)
	 * @param required strings of which every match contains one ({@code null}: nothing known)
	 */
	private record Node(Set<String> spellings, Set<String> required) {

		static Node literal(String text) {
			return new Node(Set.of(text), Set.of(text));
		}

		static Node zeroWidth() {
			return new Node(Set.of(""), null);
		}

		static Node unknown() {
			return new Node(null, null);
		}

		/** The best thing to require: the listed spellings, else the required strings. */
		Set<String> best() {
			if (this.spellings == null || this.spellings.contains("")) {
				return this.required;
			}
			return (this.required == null || BETTER.compare(this.spellings, this.required) >= 0) ? this.spellings
					: this.required;
		}

	}

	/** The parts of the Java regex syntax the rules use; anything else is {@link Unsupported}. */
	private static final class Parser {

		private final String source;

		private int at;

		Parser(String source) {
			this.source = source;
		}

		Node parse() {
			Node node = alternation();
			if (this.at != this.source.length()) {
				throw new Unsupported();
			}
			return node;
		}

		private Node alternation() {
			List<Node> branches = new ArrayList<>();
			branches.add(sequence());
			while (peek() == '|') {
				this.at++;
				branches.add(sequence());
			}
			if (branches.size() == 1) {
				return branches.get(0);
			}
			Set<String> spellings = new LinkedHashSet<>();
			Set<String> required = new LinkedHashSet<>();
			for (Node branch : branches) {
				if (spellings != null && branch.spellings() != null && spellings.size() < MAX_SPELLINGS) {
					spellings.addAll(branch.spellings());
				}
				else {
					spellings = null;
				}
				Set<String> branchRequired = branch.best();
				if (required != null && branchRequired != null) {
					required.addAll(branchRequired);
				}
				else {
					required = null;
				}
			}
			return new Node(spellings, required);
		}

		private Node sequence() {
			List<Node> parts = new ArrayList<>();
			while (this.at < this.source.length() && peek() != '|' && peek() != ')') {
				parts.add(quantified(atom()));
			}
			return concatenate(parts);
		}

		/**
		 * Joins parts. Every run of adjacent listed parts multiplies out into strings a match must
		 * contain one of (while they stay few); so does any open-ended part's own requirement. The
		 * most selective of those is the sequence's requirement.
		 */
		private static Node concatenate(List<Node> parts) {
			List<Set<String>> candidates = new ArrayList<>();
			Set<String> whole = Set.of("");
			for (int start = 0; start < parts.size(); start++) {
				Node first = parts.get(start);
				whole = (first.spellings() != null) ? product(whole, first.spellings()) : null;
				if (first.spellings() == null) {
					if (first.required() != null) {
						candidates.add(first.required());
					}
					continue;
				}
				Set<String> run = first.spellings();
				candidates.add(run);
				for (int end = start + 1; end < parts.size() && parts.get(end).spellings() != null; end++) {
					run = product(run, parts.get(end).spellings());
					if (run == null) {
						break;
					}
					candidates.add(run);
				}
			}
			Set<String> best = candidates.stream()
				.filter((candidate) -> !candidate.contains(""))
				.max(BETTER)
				.orElse(null);
			return new Node(whole, best);
		}

		private static Set<String> product(Set<String> left, Set<String> right) {
			if (left == null || (long) left.size() * right.size() > MAX_SPELLINGS) {
				return null;
			}
			Set<String> joined = new LinkedHashSet<>();
			for (String a : left) {
				for (String b : right) {
					joined.add(a + b);
				}
			}
			return joined;
		}

		private Node quantified(Node atom) {
			if (this.at >= this.source.length()) {
				return atom;
			}
			char next = peek();
			int min;
			int max;
			if (next == '?') {
				min = 0;
				max = 1;
				this.at++;
			}
			else if (next == '*') {
				min = 0;
				max = Integer.MAX_VALUE;
				this.at++;
			}
			else if (next == '+') {
				min = 1;
				max = Integer.MAX_VALUE;
				this.at++;
			}
			else if (next == '{') {
				int close = this.source.indexOf('}', this.at);
				if (close < 0) {
					throw new Unsupported();
				}
				String[] bounds = this.source.substring(this.at + 1, close).split(",", -1);
				try {
					min = Integer.parseInt(bounds[0].strip());
					max = (bounds.length == 1) ? min
							: bounds[1].isBlank() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1].strip());
				}
				catch (NumberFormatException ex) {
					throw new Unsupported();
				}
				this.at = close + 1;
			}
			else {
				return atom;
			}
			if (this.at < this.source.length() && (peek() == '?' || peek() == '+')) {
				this.at++; // lazy or possessive: the same strings can match
			}
			if (min == 0) {
				Set<String> spellings = null;
				if (max == 1 && atom.spellings() != null) {
					spellings = new LinkedHashSet<>(atom.spellings());
					spellings.add("");
				}
				return new Node(spellings, null);
			}
			if (min == 1 && max == 1) {
				return atom;
			}
			return new Node(null, atom.required());
		}

		private Node atom() {
			char c = this.source.charAt(this.at++);
			switch (c) {
				case '(':
					return group();
				case '[':
					return characterClass();
				case '\\':
					return escape();
				case '.':
					return Node.unknown();
				case '^':
				case '$':
					return Node.zeroWidth();
				case '*':
				case '+':
				case '?':
				case '{':
				case ')':
					throw new Unsupported();
				default:
					return Node.literal(String.valueOf(c));
			}
		}

		private Node group() {
			boolean lookaround = false;
			if (this.source.startsWith("?:", this.at)) {
				this.at += 2;
			}
			else if (this.source.startsWith("?=", this.at) || this.source.startsWith("?!", this.at)) {
				this.at += 2;
				lookaround = true;
			}
			else if (this.source.startsWith("?<=", this.at) || this.source.startsWith("?<!", this.at)) {
				this.at += 3;
				lookaround = true;
			}
			else if (this.source.startsWith("?<", this.at) && this.at + 2 < this.source.length()
					&& Character.isLetter(this.source.charAt(this.at + 2))) {
				// A named group captures like any other group: skip its name.
				int close = this.source.indexOf('>', this.at);
				if (close < 0) {
					throw new Unsupported();
				}
				this.at = close + 1;
			}
			else if (peek() == '?') {
				// Flags or atomic groups: not worth the risk of a wrong reading.
				throw new Unsupported();
			}
			Node inner = alternation();
			if (this.at >= this.source.length() || this.source.charAt(this.at) != ')') {
				throw new Unsupported();
			}
			this.at++;
			return lookaround ? Node.zeroWidth() : inner;
		}

		private Node escape() {
			if (this.at >= this.source.length()) {
				throw new Unsupported();
			}
			char c = this.source.charAt(this.at++);
			if (c == 'b' || c == 'B' || c == 'A' || c == 'z' || c == 'Z' || c == 'G') {
				return Node.zeroWidth();
			}
			if ("wWsSdDpPhHvVRX".indexOf(c) >= 0) {
				if ((c == 'p' || c == 'P') && peek() == '{') {
					int close = this.source.indexOf('}', this.at);
					if (close < 0) {
						throw new Unsupported();
					}
					this.at = close + 1;
				}
				return Node.unknown();
			}
			if (Character.isLetterOrDigit(c)) {
				// \n, \t, \x41, \1, \Q...: rare here; keep the expression running.
				throw new Unsupported();
			}
			return Node.literal(String.valueOf(c));
		}

		/** A class of a few plain characters is listed; ranges, negations and escapes are not. */
		private Node characterClass() {
			Set<String> members = new LinkedHashSet<>();
			boolean listable = peek() != '^';
			boolean first = true;
			while (this.at < this.source.length()) {
				char c = this.source.charAt(this.at++);
				if (c == ']' && !first) {
					return (listable && !members.isEmpty() && members.size() <= 16) ? new Node(members, members)
							: Node.unknown();
				}
				first = false;
				if (c == '[' || c == '&') {
					throw new Unsupported();
				}
				if (c == '\\') {
					if (this.at >= this.source.length()) {
						throw new Unsupported();
					}
					char escaped = this.source.charAt(this.at++);
					if (Character.isLetterOrDigit(escaped)) {
						listable = false;
						continue;
					}
					members.add(String.valueOf(escaped));
				}
				else if (c == '-' && !members.isEmpty() && peek() != ']') {
					listable = false;
				}
				else {
					members.add(String.valueOf(c));
				}
			}
			throw new Unsupported();
		}

		private char peek() {
			return (this.at < this.source.length()) ? this.source.charAt(this.at) : '\0';
		}

	}

	/**
	 * How well a set of literals screens: longer literals are rarer, up to a point; past
	 * {@link #RARE_ENOUGH} characters a shorter list is worth more, because each literal costs
	 * one scan of the sentence.
	 */
	private static int selectivity(Set<String> strings) {
		return Math.min(RARE_ENOUGH, strings.stream().mapToInt(String::length).min().orElse(0));
	}

	/** The expression uses syntax the analysis does not read. */
	private static final class Unsupported extends RuntimeException {

		private static final long serialVersionUID = 1L;

		Unsupported() {
			super(null, null, false, false);
		}

	}

}
