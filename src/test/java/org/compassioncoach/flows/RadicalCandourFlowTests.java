package org.compassioncoach.flows;

import java.util.List;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.scheduler.Schedulers;

import org.compassioncoach.candour.CandourAssessor;
import org.compassioncoach.candour.RolePlayer;
import org.compassioncoach.embedding.Embedder;
import org.compassioncoach.embedding.EmbeddingProperties;

import static org.assertj.core.api.Assertions.assertThat;

/** The radical-candour rehearsal walked end to end offline, with the real assessor and colleague. */
class RadicalCandourFlowTests {

	private static FlowEngine engine;

	@BeforeAll
	static void buildFlow() {
		Embedder embedder = new Embedder(new AllMiniLmL6V2QuantizedEmbeddingModel(), Schedulers.immediate(),
				new EmbeddingProperties(null, null));
		CandourAssessor assessor = new CandourAssessor(embedder);
		engine = new FlowEngine(List.of(new RadicalCandourFlow(assessor, new RolePlayer(assessor))),
				new FreeConversation());
	}

	@Test
	void rehearsalAdvancesFromSituationToPlanAndTheExportHoldsTheDraftAndTheDebrief() {
		FlowWalker walker = new FlowWalker(engine);
		walker.start("radical-candour", "Start: Radical candour rehearsal");
		assertThat(walker.step()).isEqualTo("situation");

		StepPlan plan = walker.say("My band 5 nurse keeps handing over late and the night team are fed up");
		assertThat(walker.step()).isEqualTo("draft");
		assertThat(plan.offlineReply()).contains("handing over late");

		plan = walker.say("Hi, sorry to bother you, it's probably nothing but maybe the handovers could be a bit "
				+ "earlier if that's ok?");
		assertThat(walker.step()).isEqualTo("improve");
		assertThat(plan.offlineReply()).contains("ruinous empathy").contains("Care personally")
			.contains("A version to consider");

		plan = walker.say("I need to talk to you about handovers. Three times this week handover started 20 minutes "
				+ "late and the night team stayed past their shift. What's been getting in the way? I'd like to help.");
		assertThat(plan.offlineReply()).contains("So far:").contains("first draft: ruinous empathy");

		plan = walker.say("Defensive");
		assertThat(walker.step()).isEqualTo("role-play");
		assertThat(walker.state().slots()).containsEntry("persona", "defensive");

		plan = walker.say("I need to talk to you about the late handovers this week; the night team stayed late.");
		assertThat(plan.offlineReply()).startsWith("**Your colleague (defensive):**");
		String firstAnswer = plan.offlineReply();

		plan = walker.say("What's been getting in the way for you?");
		assertThat(plan.offlineReply()).startsWith("**Your colleague (defensive):**").isNotEqualTo(firstAnswer);

		plan = walker.say("debrief");
		assertThat(walker.step()).isEqualTo("debrief");
		assertThat(plan.offlineReply()).contains("| Practice tip |").contains("Bottom line it first")
			.contains("Quadrant trend").contains("first draft: ruinous empathy");

		plan = walker.say("plan");
		assertThat(walker.step()).isEqualTo("plan");
		assertThat(walker.export()).contains("Your first draft")
			.contains("it's probably nothing but maybe the handovers")
			.contains("Debrief")
			.containsIgnoringCase("ruinous empathy")
			.contains("Your plan");
	}

	@Test
	void heatedLineInTheRolePlayEarnsAPauseBeforeTheColleagueAnswers() {
		FlowWalker walker = new FlowWalker(engine);
		walker.start("radical-candour", "A healthcare assistant who was rude to a patient's daughter on the phone");
		walker.say("I need to talk to you about the call with Mrs Patel's daughter yesterday.");
		walker.say("Upset");
		StepPlan plan = walker.say("You are ALWAYS rude to families, it's pathetic and frankly unprofessional!");
		assertThat(plan.offlineReply()).startsWith("**Pause.**");
		assertThat(plan.breathing()).isNotNull();
		assertThat(walker.state().transcript()).isEmpty();

		plan = walker.say("Say it anyway");
		assertThat(plan.offlineReply()).startsWith("**Your colleague (upset):**");
		assertThat(walker.state().transcript()).hasSize(2);
		assertThat(walker.state().transcript().get(0)).contains("ALWAYS rude");
	}

	@Test
	void userCanRewriteAfterThePauseInsteadOfKeepingTheLine() {
		FlowWalker walker = new FlowWalker(engine);
		walker.start("radical-candour", "A porter who keeps arriving late for his shift");
		walker.say("You've been late four times this month.");
		walker.say("Deflecting");
		walker.say("You NEVER care about the rest of us, it's ridiculous");
		StepPlan plan = walker.say("You've been late four times this month and the ward was short at the start of "
				+ "each shift. What's going on?");
		assertThat(plan.offlineReply()).startsWith("**Your colleague (deflecting):**");
		assertThat(walker.state().transcript().get(0)).contains("late four times this month");
	}

	@Test
	void rolePlayIsReportedSoADisclosureThereIsTakenAsTheUsersOwn() {
		FlowWalker walker = new FlowWalker(engine);
		walker.start("radical-candour", "A doctor who keeps missing the safety huddle");
		walker.say("I need to talk to you about the safety huddle.");
		walker.say("Silent");
		assertThat(engine.isRolePlay(walker.state())).isTrue();
	}

}
