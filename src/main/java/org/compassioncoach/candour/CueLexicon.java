package org.compassioncoach.candour;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.springframework.core.io.ClassPathResource;

/** The cue phrases and weights from {@code candour/cues.yaml}, checked and compiled once. */
final class CueLexicon {

	static final String LOCATION = "candour/cues.yaml";

	private final Map<Cue, Rule> rules;

	private final Scoring scoring;

	private CueLexicon(Map<Cue, Rule> rules, Scoring scoring) {
		this.rules = rules;
		this.scoring = scoring;
	}

	/** Loads the built-in lexicon; a missing cue or a bad pattern fails at start-up. */
	static CueLexicon load() {
		try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
			return parse(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + LOCATION, ex);
		}
	}

	@SuppressWarnings("unchecked")
	static CueLexicon parse(InputStream in) {
		Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		Map<String, Object> cues = (Map<String, Object>) root.get("cues");
		Map<String, Object> scoring = (Map<String, Object>) root.get("scoring");
		if (cues == null || scoring == null) {
			throw new IllegalStateException(LOCATION + " needs 'scoring' and 'cues'");
		}
		Map<Cue, Rule> rules = new EnumMap<>(Cue.class);
		for (Cue cue : Cue.values()) {
			Map<String, Object> entry = (Map<String, Object>) cues.get(cue.key());
			if (entry == null) {
				throw new IllegalStateException(LOCATION + " has no entry for cue '" + cue.key() + "'");
			}
			List<Pattern> patterns = compile(cue, (String) entry.getOrDefault("patterns", ""));
			if (cue.fromLexicon() && patterns.isEmpty()) {
				throw new IllegalStateException(LOCATION + " has no patterns for cue '" + cue.key() + "'");
			}
			rules.put(cue, new Rule(number(entry, "care"), number(entry, "challenge"),
					(int) number(entry, "cap"), patterns));
		}
		return new CueLexicon(rules,
				new Scoring(number(scoring, "care_bias"), number(scoring, "challenge_bias"),
						number(scoring, "care_embedding_weight"), number(scoring, "challenge_embedding_weight"),
						number(scoring, "temperature"), number(scoring, "insincere_softener_care")));
	}

	private static List<Pattern> compile(Cue cue, String block) {
		List<Pattern> patterns = new ArrayList<>();
		for (String line : block.split("\n")) {
			String regex = line.strip();
			if (regex.isEmpty() || regex.startsWith("#")) {
				continue;
			}
			try {
				patterns.add(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
			}
			catch (PatternSyntaxException ex) {
				throw new IllegalStateException(LOCATION + ": bad pattern for cue '" + cue.key() + "': " + regex, ex);
			}
		}
		return List.copyOf(patterns);
	}

	private static double number(Map<String, Object> entry, String key) {
		Object value = entry.get(key);
		if (!(value instanceof Number number)) {
			throw new IllegalStateException(LOCATION + ": '" + key + "' must be a number in " + entry);
		}
		return number.doubleValue();
	}

	Rule rule(Cue cue) {
		return this.rules.get(cue);
	}

	Scoring scoring() {
		return this.scoring;
	}

	/** How one cue moves the scores, and the phrases that find it. */
	record Rule(double care, double challenge, int cap, List<Pattern> patterns) {
	}

	/**
	 * How the cue weights and the exemplar bank combine.
	 * @param insincereSoftenerCare the share of a softener's care weight that still counts when the
	 * statement also carries a sign of insincerity ({@link Cue#softensWarmly()}, {@link Cue#insincere()})
	 */
	record Scoring(double careBias, double challengeBias, double careEmbeddingWeight, double challengeEmbeddingWeight,
			double temperature, double insincereSoftenerCare) {
	}

}
