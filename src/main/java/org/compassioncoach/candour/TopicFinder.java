package org.compassioncoach.candour;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a short noun phrase for what a statement is about ("the late handovers"), for the
 * rewrite and for the role-play colleague's {@code {topic}}. A heuristic without a parser: it
 * takes the words after a determiner up to the first function word.
 */
final class TopicFinder {

	static final String FALLBACK = "this";

	private static final Pattern DETERMINED = Pattern.compile(
			"\\b(the|your|his|her|their|this|that|those|these|[A-Za-z]+'s)\\s+"
					+ "(?=([A-Za-z][\\w'-]*(?:\\s+[A-Za-z][\\w'-]*){0,4}))",
			Pattern.CASE_INSENSITIVE);

	private static final Set<String> NOT_POSSESSIVE = Set.of("it's", "that's", "there's", "what's", "he's", "she's",
			"who's", "let's", "here's", "where's", "everyone's", "nobody's", "someone's", "one's", "how's", "today's");

	// Function words end the phrase: "the clinic letters are late" -> "the clinic letters".
	private static final Set<String> STOP = Set.of("is", "are", "was", "were", "be", "been", "being", "have", "has",
			"had", "do", "does", "did", "will", "would", "could", "should", "can", "may", "might", "must", "shall",
			"to", "and", "or", "but", "for", "of", "on", "in", "at", "with", "by", "from", "as", "because", "so", "that",
			"which", "who", "whom", "whose", "when", "where", "if", "than", "then", "still", "not", "again", "always",
			"never", "just", "really", "you", "i", "he", "she", "they", "we", "it", "me", "him", "them", "us", "my",
			"your", "our", "their", "his", "her", "there", "here", "this", "about", "into", "over", "under", "after",
			"before", "without", "since", "while", "up", "down", "out", "off", "isn't", "aren't", "wasn't", "weren't",
			"haven't", "hasn't", "didn't", "don't", "won't", "can't", "it's", "they're", "you're", "you've", "i've",
			"all", "too", "very", "now", "yet", "also", "only", "either", "any", "some", "what", "how", "why",
			"through", "across", "during", "until", "against", "between", "like", "went", "got", "gets", "myself",
			"yourself", "anymore", "sort", "kind", "look", "looks", "felt", "feel", "seem", "seems", "make", "makes",
			"made", "get", "go", "goes", "came", "come", "said", "says", "told", "asked", "thing", "lot",
			"please", "today", "yesterday", "tomorrow", "tonight", "ago", "every", "each", "last", "next", "the", "a",
			"an", "found", "took", "gave", "left", "thought", "saw", "heard", "knew", "kept", "wrote", "ran", "brought",
			"spoke", "became", "seemed", "needs", "need", "needed");

	// Phrases about people, time or nothing in particular are not the topic.
	private static final Set<String> NOT_A_TOPIC = Set.of("team", "family", "families", "patient", "patients",
			"resident", "residents", "client", "clients", "person", "people", "nurse", "nurses", "doctor", "doctors",
			"staff", "manager", "son", "daughter", "wife", "husband", "mum", "dad", "consultant", "registrar", "porter",
			"student", "way", "thing", "things", "bit", "time", "moment", "point", "chance", "day", "days", "week",
			"weeks", "month", "months", "year", "years", "shift", "shifts", "night", "nights", "morning", "afternoon",
			"evening", "weekend", "end", "start", "rest", "other", "others", "one", "lot", "case", "fact", "same",
			"reason", "panel", "ward", "unit", "room", "corridor", "phone", "job", "outcome", "right", "first", "best",
			"worst", "world", "coffee", "main", "chat", "chats", "conversation", "conversations", "talk", "feedback",
			"news", "word", "guy", "bad", "two", "three", "four", "five", "six", "seven", "eight", "nine",
			"ten", "last", "next", "whole", "only");

	private static final Set<String> ISSUE_NOUNS = Set.of("notes", "handover", "handovers", "chart", "charts",
			"check", "checks", "round", "rounds", "referral", "referrals", "letter", "letters", "summary", "summaries",
			"assessment", "assessments", "plan", "plans", "record", "records", "documentation", "paperwork", "training",
			"supervision", "visits", "report", "reports", "log", "logs", "book", "register", "audit", "timesheet",
			"timesheets", "rota", "probation", "complaint", "incident", "investigation", "sickness", "attendance",
			"timekeeping", "lateness", "breaks", "medication", "medicines", "observations", "escalation", "entries",
			"competencies", "revalidation", "photos", "precautions", "hygiene", "policy", "uniform", "caseload",
			"deadline", "deadlines", "emails", "calls", "returns", "follow-ups");

	private static final Pattern LATE_WORD = Pattern
		.compile("\\b(late|overdue|missed|missing|delayed|unsigned|incomplete)\\b", Pattern.CASE_INSENSITIVE);

	private static final Set<String> POSSESSIVE_DETERMINERS = Set.of("your", "his", "her", "their", "this", "that",
			"those", "these", "the");

	String find(Reading reading) {
		Candidate best = null;
		for (Reading.Sentence sentence : reading.sentences()) {
			boolean about = reading.sentenceHas(sentence.index(), Cue.BEHAVIOUR)
					|| reading.sentenceHas(sentence.index(), Cue.ISSUE);
			Matcher matcher = DETERMINED.matcher(sentence.text());
			while (matcher.find()) {
				Candidate candidate = candidate(sentence.text(), matcher, about);
				if (candidate != null && (best == null || candidate.score() > best.score())) {
					best = candidate;
				}
			}
		}
		return (best != null) ? best.phrase() : FALLBACK;
	}

	private static Candidate candidate(String sentence, Matcher matcher, boolean about) {
		String determiner = matcher.group(1);
		String lowerDeterminer = determiner.toLowerCase(Locale.ROOT);
		if (lowerDeterminer.endsWith("'s") && NOT_POSSESSIVE.contains(lowerDeterminer)) {
			return null;
		}
		List<String> words = new ArrayList<>();
		String[] following = matcher.group(2).split("\\s+");
		for (int i = 0; i < following.length; i++) {
			String word = following[i];
			String lower = word.toLowerCase(Locale.ROOT);
			// After the first word, a past participle or an adverb starts the predicate:
			// "the drug trolley unlocked", "the notes properly".
			boolean predicate = !words.isEmpty() && lower.length() > 4
					&& ((lower.endsWith("ed") && !lower.endsWith("eed")) || lower.endsWith("ly"));
			if (STOP.contains(lower) || predicate) {
				break;
			}
			boolean contraction = lower.endsWith("'s")
					&& (i + 1 == following.length || STOP.contains(following[i + 1].toLowerCase(Locale.ROOT)));
			if (contraction) {
				// "your caseload's been reviewed": 's is "has", not a possessive.
				words.add(word.substring(0, word.length() - 2));
				break;
			}
			words.add(word);
		}
		if (words.isEmpty() || words.get(0).matches("\\d.*")) {
			return null;
		}
		String head = words.get(words.size() - 1).toLowerCase(Locale.ROOT);
		if (NOT_A_TOPIC.contains(head) || NOT_A_TOPIC.contains(words.get(0).toLowerCase(Locale.ROOT))) {
			return null;
		}
		double score = (about ? 2 : 0) - Math.max(0, words.size() - 3) - matcher.start() / 1000.0;
		for (String word : words) {
			if (ISSUE_NOUNS.contains(word.toLowerCase(Locale.ROOT))) {
				score += 2;
				break;
			}
		}
		String phrase = String.join(" ", words);
		String lateWord = lateWordAfter(sentence, matcher.start(2) + phrase.length(), phrase);
		if (lateWord != null && words.size() <= 3) {
			phrase = lateWord + " " + phrase;
		}
		String lead = POSSESSIVE_DETERMINERS.contains(lowerDeterminer) ? "the" : determiner;
		return new Candidate(lead + " " + phrase, score);
	}

	// "your handovers are always late" -> "late": the adjective said of the phrase shortly after it.
	private static String lateWordAfter(String sentence, int end, String phrase) {
		if (LATE_WORD.matcher(phrase).find()) {
			return null;
		}
		String[] following = sentence.substring(Math.min(end, sentence.length())).strip().split("\\s+");
		for (int i = 0; i < Math.min(6, following.length); i++) {
			Matcher late = LATE_WORD.matcher(following[i]);
			if (late.find() && !following[i].toLowerCase(Locale.ROOT).startsWith("miss")) {
				return late.group(1).toLowerCase(Locale.ROOT);
			}
		}
		return null;
	}

	private record Candidate(String phrase, double score) {
	}

}
