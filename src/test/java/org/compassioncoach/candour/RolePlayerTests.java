package org.compassioncoach.candour;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RolePlayerTests {

	private static final String TOPIC = "the late handovers";

	private final CandourAssessor assessor = CandourFixtures.assessor();

	private final RolePlayer rolePlayer = CandourFixtures.rolePlayer();

	private final PersonaBank bank = PersonaBank.load();

	@Test
	void personasListsTheFourPersonasWithDescriptions() {
		assertThat(this.rolePlayer.personas()).containsExactly("defensive", "upset", "silent", "deflecting");
		assertThat(this.rolePlayer.descriptions()).containsOnlyKeys("defensive", "upset", "silent", "deflecting")
			.allSatisfy((name, description) -> assertThat(description).isNotBlank());
		assertThat(this.rolePlayer.description("upset")).contains("tearful");
	}

	@Test
	void respondToFirstLineOpensInCharacter() {
		RolePlayLine line = respond("defensive", "I need to talk to you about the handovers this week.", 0, List.of());

		assertThat(line.reaction()).isEqualTo(Reaction.OPENING);
		assertThat(bankLines("defensive", Reaction.OPENING)).contains(line.line());
		assertThat(line.escalation()).isEqualTo(2);
		assertThat(line.heated()).isFalse();
	}

	@Test
	void respondToAnAttackEscalatesAndFlagsTheLineAsHeated() {
		RolePlayLine opening = respond("defensive", "I need to talk to you about the handovers.", 0, List.of());
		RolePlayLine attacked = respond("defensive", "You're useless. You're always late and everyone's sick of it.", 1,
				List.of(opening.line()));

		assertThat(attacked.reaction()).isEqualTo(Reaction.TO_ATTACK);
		assertThat(attacked.escalation()).isGreaterThan(opening.escalation());
		assertThat(attacked.heated()).isTrue();
		assertThat(bankLines("defensive", Reaction.TO_ATTACK)).contains(attacked.line());
	}

	@Test
	void respondToAnOpenQuestionRevealsAContributoryFactorAndCalmsThings() {
		RolePlayLine opening = respond("deflecting", "I need to raise the late handovers with you.", 0, List.of());
		RolePlayLine answer = respond("deflecting", "What's been getting in the way for you on nights?", 1,
				List.of(opening.line()));

		assertThat(answer.reaction()).isEqualTo(Reaction.TO_QUESTION);
		assertThat(bankLines("deflecting", Reaction.TO_QUESTION)).contains(answer.line());
		assertThat(answer.escalation()).isLessThan(opening.escalation());
	}

	@Test
	void respondToASupportOfferAnswersFromTheSupportBank() {
		RolePlayLine line = respond("upset", "I'll pair you with Sam for a couple of shifts, and occupational health "
				+ "is there if you want it.", 2, List.of());

		assertThat(line.reaction()).isEqualTo(Reaction.TO_SUPPORT);
	}

	@Test
	void respondToANextStepAnswersFromTheActionBank() {
		RolePlayLine line = respond("silent", "Let's agree that handovers are finished by 7:30, and meet again on Friday.",
				2, List.of());

		assertThat(line.reaction()).isEqualTo(Reaction.TO_ACTION);
	}

	@Test
	void respondToAHedgedLineAnswersFromTheVagueBank() {
		RolePlayLine line = respond("defensive", "It's probably nothing, honestly, just maybe a tiny bit quicker?", 2,
				List.of());

		assertThat(line.reaction()).isEqualTo(Reaction.TO_VAGUE);
	}

	@Test
	void respondToASpecificCaringLineAnswersFromTheSpecificBank() {
		RolePlayLine line = respond("defensive", "On Monday and Tuesday the handover finished forty minutes late, "
				+ "which meant the day team started the drug round without knowing who had deteriorated. I know nights "
				+ "have been heavy.", 2, List.of());

		assertThat(line.reaction()).isEqualTo(Reaction.TO_SPECIFIC);
		assertThat(line.escalation()).isLessThan(2);
	}

	@Test
	void respondToAnApologyThatIsCandidOverallAnswersFromTheSpecificBank() {
		RolePlayLine line = respond("silent", "Sorry. On Monday and Tuesday the handover finished forty minutes late, "
				+ "and the day team started the drug round blind. I know nights have been heavy.", 2, List.of());

		assertThat(line.reaction()).isEqualTo(Reaction.TO_SPECIFIC);
	}

	@Test
	void respondClosesAfterSeveralGoodTurns() {
		List<String> replies = new ArrayList<>();
		List<String> lines = List.of("I need to talk to you about the handovers.",
				"On Monday and Tuesday the handover finished forty minutes late, which meant the day team started "
						+ "the drug round blind. I know nights have been heavy.",
				"What's been getting in the way for you?", "I'll get you some protected time and pair you with Sam.",
				"Let's agree that handovers finish by 7:30 and check in on Friday.");
		RolePlayLine last = null;
		for (int turn = 0; turn < lines.size(); turn++) {
			last = respond("defensive", lines.get(turn), turn, replies);
			replies.add(last.line());
		}

		assertThat(last.reaction()).isEqualTo(Reaction.CLOSING);
		assertThat(last.escalation()).isLessThanOrEqualTo(1);
	}

	@Test
	void respondNeverRepeatsALineInARehearsal() {
		for (String persona : this.rolePlayer.personas()) {
			List<String> replies = new ArrayList<>();
			for (int turn = 0; turn < 60; turn++) {
				String userLine = (turn % 2 == 0) ? "What's been happening with the handovers?"
						: "You're hopeless. Always late.";
				replies.add(respond(persona, userLine, turn, replies).line());
			}
			List<String> spoken = replies.stream().filter((reply) -> !reply.equals(RolePlayer.WAITING)).toList();
			Set<String> distinct = new HashSet<>(spoken);
			assertThat(distinct).as(persona).hasSameSizeAs(spoken);
		}
	}

	@Test
	void respondIsDeterministicAndFillsTheTopic() {
		List<String> previous = List.of();
		RolePlayLine first = respond("defensive", "Can you help me understand what happened?", 3, previous);
		RolePlayLine again = respond("defensive", "Can you help me understand what happened?", 3, previous);

		assertThat(again).isEqualTo(first);
		for (int turn = 1; turn < 12; turn++) {
			assertThat(respond("upset", "Tell me what's been going on.", turn, List.of()).line()).doesNotContain("{topic}");
		}
	}

	@Test
	void respondWhenPersonaIsUnknownListsTheValidOnes() {
		CandourAssessment assessment = this.assessor.assessNow("What happened?");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.rolePlayer.respond("grumpy", TOPIC, "What happened?", assessment, 1, List.of()))
			.withMessageContaining("defensive, upset, silent, deflecting");
	}

	@Test
	void replyAssessesTheLineThenResponds() {
		StepVerifier.create(this.rolePlayer.reply("silent", TOPIC, "How are things for you at the moment?", 1, List.of()))
			.assertNext((line) -> assertThat(line.reaction()).isEqualTo(Reaction.TO_QUESTION))
			.verifyComplete();
	}

	private RolePlayLine respond(String persona, String userLine, int turn, List<String> previous) {
		return this.rolePlayer.respond(persona, TOPIC, userLine, this.assessor.assessNow(userLine), turn, previous);
	}

	private List<String> bankLines(String persona, Reaction reaction) {
		return this.bank.persona(persona).lines(reaction).stream().map((line) -> line.replace("{topic}", TOPIC)).toList();
	}

}
