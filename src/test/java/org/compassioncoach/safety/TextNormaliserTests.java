package org.compassioncoach.safety;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The canonical form the rules see. */
class TextNormaliserTests {

	private final TextNormaliser normaliser = TextNormaliser.standard();

	@Test
	void normaliseExpandsContractionsWithOrWithoutApostrophes() {
		assertThat(this.normaliser.normalise("I’m tired, I dont know and I can't go on")).isEqualTo(
				"i am tired, i do not know and i cannot go on");
		assertThat(this.normaliser.normalise("im done, ive had enough, wont stop")).isEqualTo(
				"i am done, i have had enough, will not stop");
	}

	@Test
	void normaliseWritesOutTextSpeakAndEuphemisms() {
		assertThat(this.normaliser.normalise("gonna kms tbh")).isEqualTo("going to kill myself to be honest");
		assertThat(this.normaliser.normalise("i want to unalive myself")).isEqualTo("i want to kill myself");
		assertThat(this.normaliser.normalise("thinking about sewer slide")).isEqualTo("thinking about suicide");
	}

	@Test
	void normaliseCorrectsSimpleTyposOfRiskWords() {
		assertThat(this.normaliser.normalise("i feel suicdal")).isEqualTo("i feel suicidal");
		assertThat(this.normaliser.normalise("slef harm again")).isEqualTo("self harm again");
		assertThat(this.normaliser.normalise("end my lfie")).isEqualTo("end my life");
		assertThat(this.normaliser.normalise("so exhuasted")).isEqualTo("so exhausted");
		// Too short for the edit-distance correction, which starts at four letters.
		assertThat(this.normaliser.normalise("might as well kil myself")).isEqualTo("might as well kill myself");
	}

	@Test
	void normaliseRestoresTheGOfWordsTypedAsTheyAreSpoken() {
		assertThat(this.normaliser.normalise("been thinkin aboot stoppin everythin")).isEqualTo(
				"been thinking about stopping everything");
		assertThat(this.normaliser.normalise("my cousin will begin within the hour")).isEqualTo(
				"my cousin will begin within the hour");
	}

	@Test
	void normaliseWritesOutScotsWords() {
		assertThat(this.normaliser.normalise("am feart tae go hame the morra, nae kiddin")).isEqualTo(
				"am scared to go home the tomorrow, no kidding");
	}

	@Test
	void normaliseLeavesRealWordsAlone() {
		assertThat(this.normaliser.normalise("my wife is giving feedback on the rota")).isEqualTo(
				"my wife is giving feedback on the rota");
		assertThat(this.normaliser.normalise("putting it off")).isEqualTo("putting it off");
	}

	@Test
	void normaliseShortensStretchedLetters() {
		assertThat(this.normaliser.normalise("soooo tireddddd")).isEqualTo("soo tiredd");
	}

	@Test
	void normaliseDropsLongNumbersButKeepsCountsAndShortNumbers() {
		assertThat(this.normaliser.normalise("incident 2024118734 on ward 7, call 07700 900123")).isEqualTo(
				"incident on ward 7, call");
		assertThat(this.normaliser.normalise("took 30 tablets at 2300")).isEqualTo("took 30 tablets at 2300");
	}

}
