package org.compassioncoach.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.springframework.core.io.ClassPathResource;

/**
 * The deterministic layer: named patterns from {@code safety/rules.yaml}, matched on
 * normalised sentences and each read with its framing (who it is about, negation, the past, a
 * general question).
 */
final class RiskRules {

	static final String RESOURCE = "safety/rules.yaml";

	/** The named group that marks where a match's risk words begin (see {@link #riskStart}). */
	private static final String ACT = "act";

	private static final Pattern FRAGMENT = Pattern.compile("\\{([A-Z_]+)}");

	private static final Pattern OTHER_IN_MATCH = Pattern
		.compile("\\b(?:him ?self|her ?self|them ?selves|them ?self|his|their|her|him|them)\\b");

	private static final Pattern SELF_IN_MATCH = Pattern.compile("\\b(?:my ?self|me|my|i)\\b");

	private final List<Rule> rules;

	private RiskRules(List<Rule> rules) {
		this.rules = List.copyOf(rules);
	}

	static RiskRules standard() {
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	List<Rule> rules() {
		return this.rules;
	}

	/**
	 * Every signal in one normalised sentence, after framing.
	 * @param sentence one normalised sentence
	 * @param previous the sentences just before it, or {@code null}: rules with {@code window:
	 * previous} read them together with it ("my nan died last month. i just want to be with her")
	 * @param wholeText the whole normalised message (for "...but I'm ok now")
	 * @return the signals, and whether a crisis rule matched words that its framing then
	 * cleared (an idiom, a negation, the past, a general question): the semantic layer may
	 * not overrule that judgement
	 */
	Reading read(String sentence, String previous, String wholeText) {
		List<Signal> signals = new ArrayList<>();
		boolean cleared = false;
		boolean everyday = false;
		String pair = (previous != null) ? previous + " " + sentence : sentence;
		for (Rule rule : this.rules) {
			String text = rule.withPrevious() ? pair : sentence;
			if (!rule.screen().mayMatch(text)) {
				continue;
			}
			Matcher matcher = rule.pattern().matcher(text);
			while (matcher.find()) {
				if (rule.withPrevious() && matcher.end() <= pair.length() - sentence.length()) {
					// Wholly inside the previous sentence: that sentence's own reading found it.
					continue;
				}
				boolean excepted = excepted(rule, text, wholeText);
				if (excepted && rule.exceptInMessage() && rule.level() == SafetyLevel.DISTRESS) {
					everyday = true;
				}
				Signal signal = excepted ? null : read(rule, text, wholeText, matcher);
				if (signal != null && signal.level() == rule.level()) {
					signals.add(signal);
					break;
				}
				if (rule.level() == SafetyLevel.CRISIS) {
					cleared = true;
					if (signal != null) {
						signals.add(signal);
						break;
					}
				}
			}
		}
		return new Reading(signals, cleared && signals.stream().noneMatch((s) -> s.level() == SafetyLevel.CRISIS),
				everyday);
	}

	/** The rule's exception holds (an idiom, an accident...), unless a crisis joke was taken back. */
	private static boolean excepted(Rule rule, String sentence, String wholeText) {
		return rule.except() != null && rule.except().matcher(rule.exceptInMessage() ? wholeText : sentence).find()
				&& !(rule.level() == SafetyLevel.CRISIS && Framing.jokeTakenBack(wholeText));
	}

	private static Signal read(Rule rule, String sentence, String wholeText, Matcher matcher) {
		if (Framing.negatedBefore(sentence, riskStart(rule, matcher))) {
			return null;
		}
		Framing.Subject subject = subject(rule, sentence, matcher);
		SafetyLevel level = rule.level();
		String category = rule.category();
		boolean incident = rule.clinical() && Framing.clinicalIncident(sentence);
		if (subject == Framing.Subject.UNKNOWN && incident) {
			subject = Framing.Subject.OTHER;
		}
		if (subject != Framing.Subject.SELF && rule.framing() && Framing.askingForOneself(wholeText)
				&& (Framing.generalQuestion(sentence) || Framing.aboutOthersInGeneral(sentence))) {
			// "do people who take their own life find peace? asking for me": the question is theirs.
			subject = Framing.Subject.SELF;
		}
		if (subject == Framing.Subject.OTHER) {
			if (level == SafetyLevel.DISTRESS
					|| (rule.framing() && (Framing.aboutOthersInGeneral(sentence, rule.clinical())
							|| Framing.residentWordsInCoachingQuestion(sentence, wholeText)))
					|| incident) {
				return null;
			}
			category = "third-party-risk";
		}
		else if (subject == Framing.Subject.UNKNOWN) {
			if (rule.framing() && Framing.generalQuestion(sentence)) {
				return null;
			}
			if (rule.subject() == SubjectRule.SELF_ONLY && Framing.subjectOf(sentence) == Framing.Subject.OTHER) {
				return null;
			}
		}
		if (level == SafetyLevel.CRISIS && Framing.historical(sentence)) {
			if (Framing.recovered(wholeText)) {
				return null;
			}
			level = SafetyLevel.DISTRESS;
		}
		if (level == SafetyLevel.DISTRESS && rule.level() == SafetyLevel.DISTRESS && rule.mitigable()
				&& (Framing.mitigated(wholeText) || Framing.okOnBalance(wholeText) || Framing.historical(sentence))) {
			return null;
		}
		return new Signal(level, category, rule.category(), rule.id(), subject);
	}

	/**
	 * Where the risk words of a match begin: a rule whose match starts with context ("my nan
	 * died... i want to be with her") marks the risk words with a group named {@code act}, so
	 * that negation and whose risk it is are read there, not at the context.
	 */
	private static int riskStart(Rule rule, Matcher matcher) {
		return rule.marksAct() && matcher.start(ACT) >= 0 ? matcher.start(ACT) : matcher.start();
	}

	private static Framing.Subject subject(Rule rule, String sentence, Matcher matcher) {
		int start = riskStart(rule, matcher);
		switch (rule.subject()) {
			case SELF:
				return Framing.Subject.SELF;
			case OTHER:
				return Framing.Subject.OTHER;
			case CONTEXT:
				return Framing.subjectBefore(sentence, start);
			default:
				break;
		}
		String matched = sentence.substring(start, matcher.end());
		if (OTHER_IN_MATCH.matcher(matched).find()) {
			return Framing.Subject.OTHER;
		}
		if (SELF_IN_MATCH.matcher(matched).find()) {
			return Framing.Subject.SELF;
		}
		return Framing.subjectBefore(sentence, start);
	}

	static RiskRules parse(String yaml) {
		Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
		if (!(root instanceof Map<?, ?> top) || !(top.get("rules") instanceof List<?> items)) {
			throw new IllegalStateException(RESOURCE + " needs a 'rules' list");
		}
		Map<String, String> fragments = new LinkedHashMap<>();
		if (top.get("fragments") instanceof Map<?, ?> map) {
			map.forEach((key, value) -> fragments.put(String.valueOf(key), String.valueOf(value)));
		}
		List<Rule> rules = new ArrayList<>();
		for (Object item : items) {
			Map<?, ?> rule = (Map<?, ?>) item;
			String id = String.valueOf(rule.get("id"));
			try {
				String pattern = expand(String.valueOf(rule.get("pattern")), fragments);
				rules.add(new Rule(id, SafetyLevel.valueOf(String.valueOf(rule.get("level")).toUpperCase(Locale.ROOT)),
						String.valueOf(rule.get("category")), Pattern.compile(pattern), RequiredLiterals.of(pattern),
						(rule.get("except") != null) ? compile(String.valueOf(rule.get("except")), fragments) : null,
						SubjectRule.of(rule.get("subject")), !"ignore".equals(rule.get("framing")),
						!Boolean.FALSE.equals(rule.get("mitigable")), !"ignore".equals(rule.get("clinical")),
						window(id, rule.get("window")), "message".equals(rule.get("except-on")),
						pattern.contains("(?<" + ACT + ">")));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalStateException(RESOURCE + ": rule '" + id + "' is invalid: " + ex.getMessage(), ex);
			}
		}
		return new RiskRules(rules);
	}

	private static boolean window(String id, Object value) {
		if (value == null || "sentence".equals(value)) {
			return false;
		}
		if ("previous".equals(value)) {
			return true;
		}
		throw new IllegalArgumentException("window must be 'sentence' or 'previous', not '" + value + "' (" + id + ")");
	}

	private static Pattern compile(String pattern, Map<String, String> fragments) {
		return Pattern.compile(expand(pattern, fragments));
	}

	private static String expand(String pattern, Map<String, String> fragments) {
		String expanded = pattern;
		for (int depth = 0; depth < 5 && FRAGMENT.matcher(expanded).find(); depth++) {
			expanded = FRAGMENT.matcher(expanded).replaceAll((found) -> {
				String fragment = fragments.get(found.group(1));
				if (fragment == null) {
					throw new IllegalArgumentException("unknown fragment {" + found.group(1) + "}");
				}
				return Matcher.quoteReplacement(fragment);
			});
		}
		return expanded;
	}

	/**
	 * One named pattern.
	 *
	 * @param id stable id, counted and shown in the hazard log
	 * @param level crisis or distress
	 * @param category what it finds
	 * @param pattern the regex on a normalised sentence
	 * @param screen the words a match needs, checked first because most sentences have none
	 * @param except a regex that cancels the rule for the sentence, or {@code null}
	 * @param subject how to decide who the risk belongs to
	 * @param framing whether a general question cancels it
	 * @param mitigable whether "...but I'm ok" cancels it (distress only)
	 * @param clinical whether a patient's crisis told as a clinical event cancels it
	 * @param withPrevious whether it reads the sentence together with the one before it
	 * @param exceptInMessage whether {@code except} reads the whole message rather than the sentence
	 * @param marksAct whether its pattern marks the risk words with a group named {@code act}
	 */
	record Rule(String id, SafetyLevel level, String category, Pattern pattern, RequiredLiterals screen, Pattern except, SubjectRule subject,
			boolean framing, boolean mitigable, boolean clinical, boolean withPrevious, boolean exceptInMessage,
			boolean marksAct) {
	}

	/** How a rule decides whose risk it found. */
	enum SubjectRule {

		RESOLVE, SELF_ONLY, SELF, OTHER, CONTEXT;

		static SubjectRule of(Object value) {
			return (value == null) ? RESOLVE
					: valueOf(String.valueOf(value).toUpperCase(Locale.ROOT).replace('-', '_'));
		}

	}

	/**
	 * What the rules made of one sentence.
	 *
	 * @param signals what they found
	 * @param cleared a crisis rule matched but its framing cleared it (and nothing else found a
	 * crisis)
	 * @param everyday a distress rule matched but the message around it told it as everyday talk
	 * ("done in. bath and bed"): similarity must not overrule that either
	 */
	record Reading(List<Signal> signals, boolean cleared, boolean everyday) {
	}

	/**
	 * What a rule found in a sentence.
	 *
	 * @param level the level, after framing
	 * @param category the category ({@code third-party-risk} when it is about someone else)
	 * @param kind what the rule looks for, whoever it is about (e.g. {@code self-harm})
	 * @param source the rule id
	 * @param subject whose risk it is
	 */
	record Signal(SafetyLevel level, String category, String kind, String source, Framing.Subject subject) {
	}

}
