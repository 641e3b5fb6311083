package org.compassioncoach.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The screen in front of each risk rule: a sentence it turns away must be one the rule could
 * never have matched.
 */
class RequiredLiteralsTests {

	@Test
	void aSentenceWithoutTheRuleWordsIsTurnedAway() {
		RequiredLiterals screen = RequiredLiterals.of("\\bkill(?:ing|ed)? (?:my ?self|me)\\b");

		assertThat(screen.mayMatch("i want to kill myself")).isTrue();
		assertThat(screen.mayMatch("thinking of killing my self")).isTrue();
		assertThat(screen.mayMatch("the rota is fine")).isFalse();
		assertThat(screen.mayMatch("kill the lights")).isFalse();
	}

	@Test
	void aShortListOfRareWordsIsPreferredToEverySpelling() {
		RequiredLiterals screen = RequiredLiterals.of("\\b(?:kill|end|take|stop) (?:my|his|her) (?:own )?li(?:fe|ves)\\b");

		assertThat(screen.literals()).hasSizeLessThanOrEqualTo(8).allSatisfy((literal) -> assertThat(literal).hasSizeGreaterThanOrEqualTo(4));
		assertThat(screen.mayMatch("i want to end my own life")).isTrue();
	}

	@Test
	void alternativesEachContributeTheirOwnWords() {
		RequiredLiterals screen = RequiredLiterals.of("\\bno (?:reason|point) to live\\b|\\bsee no future\\b");

		assertThat(screen.mayMatch("i see no future")).isTrue();
		assertThat(screen.mayMatch("there is no reason to live")).isTrue();
		assertThat(screen.mayMatch("we will see how the audit goes")).isFalse();
	}

	@Test
	void theFixedPartIsRequiredWhenTheRestIsOpenEnded() {
		RequiredLiterals screen = RequiredLiterals.of("\\b(?:\\w+ ){0,3}overdose\\b.*tonight");

		assertThat(screen.mayMatch("an overdose tonight")).isTrue();
		assertThat(screen.mayMatch("the rota for tonight")).isFalse();
	}

	@Test
	void optionalAndLookaroundPartsAreNeverRequired() {
		RequiredLiterals screen = RequiredLiterals.of("\\bhurt(?! my back)(?: badly)?\\b");

		assertThat(screen.literals()).containsExactly("hurt");
	}

	@Test
	void aNamedGroupIsReadLikeAnyOtherGroup() {
		RequiredLiterals screen = RequiredLiterals.of("\\bdied\\b.{0,40}(?<act>\\bwant to join (?:him|her)\\b)");

		assertThat(screen.literals()).isNotNull();
		assertThat(screen.mayMatch("he died. i want to join him")).isTrue();
		assertThat(screen.mayMatch("the rota is fine")).isFalse();
	}

	@Test
	void syntaxItCannotReadLetsEveryTextThrough() {
		assertThat(RequiredLiterals.of("(?i)suicide").literals()).isNull();
		assertThat(RequiredLiterals.of("(\\w)\\1").literals()).isNull();
		assertThat(RequiredLiterals.of("\\w+").literals()).isNull();
		assertThat(RequiredLiterals.of("(?:die)?").mayMatch("anything at all")).isTrue();
	}

	@Test
	void nearlyEveryRiskRuleHasAScreen() {
		List<RiskRules.Rule> rules = RiskRules.standard().rules();

		long screened = rules.stream().filter((rule) -> rule.screen().literals() != null).count();

		assertThat(screened).isGreaterThanOrEqualTo(rules.size() - 3);
	}

	@Test
	void noRuleMissesASentenceBecauseOfItsScreen() {
		TextNormaliser normaliser = TextNormaliser.standard();
		List<String> sentences = new ArrayList<>();
		for (String text : corpus()) {
			sentences.addAll(RiskAssessor.sentences(normaliser.normalise(text)));
		}
		List<String> missed = new ArrayList<>();
		int matched = 0;
		for (RiskRules.Rule rule : RiskRules.standard().rules()) {
			for (String sentence : sentences) {
				if (rule.pattern().matcher(sentence).find()) {
					matched++;
					if (!rule.screen().mayMatch(sentence)) {
						missed.add(rule.id() + ": " + sentence);
					}
				}
			}
		}

		assertThat(sentences).hasSizeGreaterThan(1500);
		assertThat(matched).isGreaterThan(500);
		assertThat(missed).isEmpty();
	}

	/** Every labelled message the project has, and the exemplar bank: thousands of real sentences. */
	private static List<String> corpus() {
		List<String> texts = new ArrayList<>();
		ExemplarBank.read().forEach((labelled) -> texts.add(labelled.text()));
		try (Stream<Path> files = Files.list(Path.of("src/test/resources/eval"))) {
			for (Path file : files.filter((path) -> path.getFileName().toString().startsWith("safety-")).toList()) {
				SafetyEvaluation.read("eval/" + file.getFileName()).forEach((row) -> texts.add(row.text()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return texts;
	}

}
