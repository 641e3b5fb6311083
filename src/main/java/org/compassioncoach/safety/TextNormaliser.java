package org.compassioncoach.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.core.io.ClassPathResource;

/**
 * Puts a message into one canonical form before any rule looks at it: lower case, straight
 * apostrophes, contractions and text-speak written out ("im" and "I'm" both become "i am"),
 * stretched letters shortened, and simple typos of risk words corrected, so that the rules
 * can be written once for the careful typist and the exhausted one alike.
 */
final class TextNormaliser {

	/** Words whose typos matter: a misspelt "suicidal" must still read as "suicidal". */
	static final List<String> RISK_WORDS = List.of("suicide", "suicidal", "overdose", "overdosed", "overdosing",
			"myself", "himself", "herself", "themselves", "yourself", "anymore", "harming", "hurting", "killing",
			"exhausted", "exhaustion", "overwhelmed", "overwhelming", "hopeless", "worthless", "pointless", "burnout",
			"depressed", "depression", "anxious", "anxiety", "panicking", "coping", "alcohol", "tablets",
			"paracetamol", "abusive", "violent", "frightened", "terrified", "threatened", "strangled", "struggling",
			"knackered", "failure", "burden", "goodbye", "disappear", "existing", "suffering", "cutting", "wrists",
			"anything", "everything", "nothing", "everyone", "anyone", "somebody", "someone", "colleague", "sleeping",
			"breathe", "breathing", "life", "self", "kill", "dead", "pills", "harm", "hurt", "cuts");

	private static final Map<String, String> APOSTROPHE_FREE = Map.ofEntries(Map.entry("im", "i am"),
			Map.entry("ive", "i have"), Map.entry("id", "i would"), Map.entry("youre", "you are"),
			Map.entry("theyre", "they are"), Map.entry("dont", "do not"), Map.entry("doesnt", "does not"),
			Map.entry("didnt", "did not"), Map.entry("cant", "cannot"), Map.entry("wont", "will not"),
			Map.entry("isnt", "is not"), Map.entry("arent", "are not"), Map.entry("wasnt", "was not"),
			Map.entry("werent", "were not"), Map.entry("havent", "have not"), Map.entry("hasnt", "has not"),
			Map.entry("hadnt", "had not"), Map.entry("shouldnt", "should not"), Map.entry("wouldnt", "would not"),
			Map.entry("couldnt", "could not"), Map.entry("mustnt", "must not"), Map.entry("aint", "am not"),
			Map.entry("shes", "she is"), Map.entry("hes", "he is"), Map.entry("thats", "that is"),
			Map.entry("theres", "there is"), Map.entry("whats", "what is"), Map.entry("youve", "you have"),
			Map.entry("weve", "we have"), Map.entry("theyve", "they have"), Map.entry("youll", "you will"),
			Map.entry("theyll", "they will"), Map.entry("itll", "it will"), Map.entry("wanna", "want to"),
			Map.entry("gonna", "going to"), Map.entry("gotta", "got to"), Map.entry("dunno", "do not know"),
			Map.entry("u", "you"), Map.entry("ur", "your"), Map.entry("ppl", "people"), Map.entry("cuz", "because"),
			Map.entry("coz", "because"), Map.entry("cos", "because"), Map.entry("bc", "because"),
			Map.entry("tho", "though"), Map.entry("rn", "right now"), Map.entry("idk", "i do not know"),
			Map.entry("idc", "i do not care"), Map.entry("abt", "about"), Map.entry("pls", "please"),
			Map.entry("plz", "please"), Map.entry("kms", "kill myself"), Map.entry("kys", "kill yourself"), Map.entry("kil", "kill"),
			Map.entry("unalive", "kill"), Map.entry("unaliving", "killing"), Map.entry("sewerslide", "suicide"),
			Map.entry("selfharm", "self harm"), Map.entry("selfharming", "self harming"),
			Map.entry("burntout", "burnt out"), Map.entry("burnedout", "burned out"), Map.entry("anymore", "any more"),
			Map.entry("tbh", "to be honest"), Map.entry("ngl", "not going to lie"), Map.entry("b4", "before"),
			Map.entry("2day", "today"), Map.entry("2nite", "tonight"), Map.entry("tonite", "tonight"),
			Map.entry("lyf", "life"), Map.entry("myslef", "myself"), Map.entry("meself", "myself"),
			// Scots, Northern and Welsh English spellings of the words the rules read: "I wasnae",
			// "better aff withoot me", "ahm no right", "masel".
			Map.entry("cannae", "cannot"), Map.entry("canna", "cannot"), Map.entry("cannit", "cannot"),
			Map.entry("dinnae", "do not"), Map.entry("dinna", "do not"), Map.entry("divvent", "do not"),
			Map.entry("willnae", "will not"), Map.entry("wullnae", "will not"), Map.entry("wisnae", "was not"),
			Map.entry("widnae", "would not"), Map.entry("wid", "would"), Map.entry("aff", "off"),
			Map.entry("withoot", "without"), Map.entry("wioot", "without"), Map.entry("ahm", "i am"),
			Map.entry("masel", "myself"), Map.entry("mysel", "myself"), Map.entry("maself", "myself"),
			Map.entry("tae", "to"), Map.entry("naebody", "nobody"), Map.entry("theyd", "they would"),
			Map.entry("youd", "you would"), Map.entry("aboot", "about"), Map.entry("oot", "out"),
			Map.entry("dae", "do"), Map.entry("feart", "scared"), Map.entry("morra", "tomorrow"),
			Map.entry("noo", "now"), Map.entry("nae", "no"), Map.entry("hame", "home"), Map.entry("deid", "dead"));

	/**
	 * The "-ing" words people shorten when they type as they speak ("keep thinkin aboot endin it
	 * all"): restored so the rules and the model read the usual word. A fixed list, since a bare
	 * "-in" ending is often a word of its own (cousin, begin, within).
	 */
	private static final Map<String, String> DROPPED_G = Stream
		.of("ending", "thinking", "hurting", "killing", "joking", "getting", "keeping", "feeling", "going", "doing",
				"trying", "cutting", "taking", "drinking", "crying", "sleeping", "planning", "saving", "giving",
				"saying", "waiting", "looking", "wanting", "losing", "living", "dying", "coming", "leaving", "hiding",
				"using", "hanging", "jumping", "starving", "struggling", "coping", "drowning", "sinking", "breaking",
				"falling", "shaking", "panicking", "hitting", "punching", "beating", "screaming", "shouting", "working",
				"nothing", "something", "everything", "anything", "carrying", "stopping", "packing", "writing", "kidding")
		.collect(Collectors.toUnmodifiableMap((word) -> word.substring(0, word.length() - 1), (word) -> word));

	private static final Pattern WORD = Pattern.compile("[a-z0-9]+");

	private static final Pattern SPACES = Pattern.compile("[ \\t]+");

	/** Applied in order to the lower-cased text; compiled once (a message is read on every turn). */
	private static final List<Rewrite> REWRITES = List.of(new Rewrite("[\u2018\u2019\u02bc\u0060\u00b4]", "'"),
			new Rewrite("[\u201c\u201d]", "\""), new Rewrite("&", " and "), new Rewrite("(\\p{L})\\1{2,}", "$1$1"),
			new Rewrite("\\b(an|an intentional|a deliberate) overdoes\\b", "$1 overdose"), new Rewrite("\\bsewer ?slide\\b", "suicide"), new Rewrite("\\bself[- ]?delet(e|ing)\\b", "kill myself"),
			new Rewrite("\\bcan't\\b", "cannot"), new Rewrite("\\bwon't\\b", "will not"),
			new Rewrite("\\bain't\\b", "am not"), new Rewrite("\\bshan't\\b", "shall not"),
			new Rewrite("n't\\b", " not"), new Rewrite("'m\\b", " am"), new Rewrite("'re\\b", " are"),
			new Rewrite("'ve\\b", " have"), new Rewrite("'ll\\b", " will"),
			new Rewrite("\\b(i|you|he|she|we|they|it)'d\\b", "$1 would"),
			new Rewrite("\\b(everyone|everybody|nobody|someone|somebody|anyone|anybody|that|who|things|life|it all)'d\\b",
					"$1 would"),
			// Scots negatives on any auxiliary: "wasnae", "couldnae", "didnae", "isnae", "havnae".
			new Rewrite("\\b(was|were|is|are|did|do|does|could|would|should|have|hav|has|had|must)nae\\b", "$1 not"),
			// "I'll" typed without its apostrophe, where "ill" cannot be the adjective (first in a
			// sentence, or after a word that introduces a promise) and only before harm: "i swear ill
			// hurt him". Not "ill be fine" or "ill do it": written out they read as reassurance or an
			// ordinary plan, and a wider rewrite cost a real crisis on a held-out set (docs/SAFETY.md).
			new Rewrite("(?:^|(?<=[.!?,;] )|(?<=\\b(?:swear|promise|bet|guess|think|maybe|then|and|or|but|if not|otherwise) ))"
					+ "ill (?=(?:just |really |actually |probably |definitely |end up )?(?:kill|hurt|stab|hit|punch|smash|batter|"
					+ "strangle|end it|jump|make (?:him|her|them) pay)\\b)", "i will "),
			// "sh" for self-harm, only beside words that say so ("sh again", "relapsed with sh").
			new Rewrite("\\bsh\\b(?= (?:again|urges?|thoughts|relapse|scars|free|clean|marks|cuts)\\b)"
					+ "|(?<=\\b(?:relapsed|relapsing|relapse|urge to|urges to|want to|wanting to|did|done|doing|started|back to|"
					+ "into|stopped|stop|with) )sh\\b", "self harm"),
			new Rewrite("\\b(he|she|it|that|there|what|who|here|where|everything|nothing|life)'s\\b", "$1 is"),
			new Rewrite("'s\\b", ""),
			// Reference, NHS and phone numbers carry no risk, but their digits pulled an ordinary
			// message about "Fatima in team 198829283" close enough to a crisis exemplar to read as one.
			new Rewrite("\\b\\d{5,}\\b", " "));

	private final Set<String> realWords;

	private TextNormaliser(Set<String> realWords) {
		this.realWords = Set.copyOf(realWords);
	}

	/** The normaliser with the packaged list of real words that are never corrected. */
	static TextNormaliser standard() {
		try (InputStream in = new ClassPathResource("safety/typo-stoplist.txt").getInputStream()) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return new TextNormaliser(text.lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.collect(Collectors.toSet()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A turn reads its message three times (the rules, the decision, retrieval's query), and the
	 * rewrites are a good part of a turn's regular-expression work, so the last few are kept.
	 */
	private final Cache<String, String> recent = Caffeine.newBuilder()
		.maximumSize(512)
		.expireAfterWrite(Duration.ofMinutes(1))
		.build();

	String normalise(String text) {
		return this.recent.get(text, this::read);
	}

	/** The same text as {@link #normalise}, without keeping it: for fixed sets read once, such as the exemplar bank. */
	String normaliseOnce(String text) {
		return read(text);
	}

	private String read(String text) {
		String out = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		for (Rewrite rewrite : REWRITES) {
			out = rewrite.pattern().matcher(out).replaceAll(rewrite.replacement());
		}
		out = rewriteWords(out.replace("'", ""));
		return SPACES.matcher(out).replaceAll(" ").strip();
	}

	private String rewriteWords(String text) {
		Matcher matcher = WORD.matcher(text);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String word = matcher.group();
			String replacement = APOSTROPHE_FREE.getOrDefault(word, DROPPED_G.get(word));
			if (replacement == null) {
				replacement = corrected(word);
			}
			matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	/** The risk word a token is a simple typo of, or the token itself. */
	String corrected(String word) {
		if (word.length() < 4 || this.realWords.contains(word) || RISK_WORDS.contains(word)
				|| word.chars().anyMatch(Character::isDigit)) {
			return word;
		}
		String best = word;
		int bestDistance = Integer.MAX_VALUE;
		boolean tie = false;
		for (String target : RISK_WORDS) {
			int allowed = (target.length() >= 8) ? 2 : 1;
			if (Math.abs(target.length() - word.length()) > allowed) {
				continue;
			}
			int found = distance(word, target, allowed);
			if (found <= allowed && found < bestDistance) {
				best = target;
				bestDistance = found;
				tie = false;
			}
			else if (found <= allowed && found == bestDistance) {
				tie = true;
			}
		}
		return tie ? word : best;
	}

	/** Optimal string alignment distance (Damerau-Levenshtein with adjacent swaps), capped. */
	static int distance(String a, String b, int cap) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			int rowMin = Integer.MAX_VALUE;
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
				rowMin = Math.min(rowMin, d[i][j]);
			}
			if (rowMin > cap) {
				return cap + 1;
			}
		}
		return d[a.length()][b.length()];
	}

	private record Rewrite(Pattern pattern, String replacement) {

		Rewrite(String regex, String replacement) {
			this(Pattern.compile(regex), replacement);
		}

	}

}
