package org.compassioncoach.flows;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The pause, empathy-trap, script and supervision flows walked end to end offline. */
class GuidedFlowsTests {

	private final FlowEngine engine = new FlowEngine(List.of(new PauseFlow(), new EmpathyTrapFlow(), new ScriptFlow(),
			new SupervisionFlow()), new FreeConversation());

	@Test
	void pauseFlowAdvancesThroughEveryStepAndRespondsToWhatWasSaid() {
		FlowWalker walker = new FlowWalker(this.engine);
		StepPlan plan = walker.start("power-of-the-pause", "Start the power of the pause");
		assertThat(walker.step()).isEqualTo("hot-buttons");
		plan = walker.say("When the registrar interrupts me in front of the whole team at the board round");
		assertThat(walker.step()).isEqualTo("stop-and-breathe");
		assertThat(plan.offlineReply()).contains("interrupts me in front of the whole team").contains("Breathe");
		assertThat(plan.breathing()).isNotNull();
		assertThat(plan.breathing().phases()).extracting(Breathing.Phase::id).containsExactly("in", "hold", "out");
		plan = walker.say("He was probably under pressure from the consultant too");
		assertThat(walker.step()).isEqualTo("choose-response");
		plan = walker.say("You ALWAYS do this, it is ridiculous");
		assertThat(walker.step()).isEqualTo("rehearse");
		assertThat(plan.offlineReply()).contains("heat").contains("\"always\"").contains("\"ridiculous\"");
		plan = walker.say("Give me a moment. I'd like us to finish this conversation respectfully.");
		assertThat(plan.offlineReply()).contains("Calm").contains("made space");
		plan = walker.say("finish");
		assertThat(plan.offlineReply()).contains("pause plan").contains("registrar interrupts me");
		assertThat(walker.export()).contains("Your pause plan");
	}

	@Test
	void empathyTrapFlowNamesTheSignsInTheUsersOwnWords() {
		FlowWalker walker = new FlowWalker(this.engine);
		walker.start("empathy-trap", "Start: Empathy-trap strategies");
		StepPlan plan = walker.say("My HCA is going through a divorce. I keep covering her shifts and doing her "
				+ "paperwork. I haven't told her that her sickness absence is now a formal concern.");
		assertThat(walker.step()).isEqualTo("strategies");
		assertThat(plan.offlineReply()).contains("Rushing to fix it for them").contains("Avoiding the hard message")
			.contains("I keep covering her shifts").contains("your HCA").contains("Ask what they need");
		walker.say("I'll try asking what she needs");
		assertThat(walker.step()).isEqualTo("next-step");
		plan = walker.say("On Monday I will ask her what she needs, and take my lunch break");
		assertThat(plan.offlineReply()).contains("On Monday I will ask her").contains("radical candour rehearsal");
		assertThat(walker.export()).contains("Your plan").contains("The five strategies");
	}

	@Test
	void investigationScriptSignpostsSupportAndReasonableAdjustments() {
		FlowWalker walker = new FlowWalker(this.engine);
		walker.start("conversation-script", "Start: Compassionate conversation script");
		StepPlan plan = walker.say("The start of an investigation");
		assertThat(walker.step()).isEqualTo("details");
		plan = walker.say("A consultant colleague, Dr Khan, is being investigated after a serious incident on the ward "
				+ "last month; I have to tell him tomorrow and he will be upset");
		assertThat(walker.step()).isEqualTo("script");
		assertThat(plan.offlineReply()).contains("Bottom line first").contains("starting an investigation")
			.contains("Employee Assistance Programme").contains("occupational health").contains("reasonable adjustments")
			.contains("Practitioner Health").contains("116 123").contains("Dr Khan");
		assertThat(walker.export()).contains("Script: the start of an investigation");
		plan = walker.say("shorter");
		assertThat(plan.offlineReply()).contains("one-card").contains("Practitioner Health");
	}

	@Test
	void scriptFlowTakesKindAndFactsInOneMessage() {
		FlowWalker walker = new FlowWalker(this.engine);
		walker.start("conversation-script", "I need to tell a staff nurse that the complaint from a patient's "
				+ "daughter about her manner on the phone has been upheld");
		assertThat(walker.step()).isEqualTo("script");
		assertThat(walker.export()).contains("Script: an upheld complaint").contains("has been upheld");
	}

	@Test
	void supervisionFlowBuildsAnAgendaFromTheSupervisionTools() {
		FlowWalker walker = new FlowWalker(this.engine);
		walker.start("supervision-prep", "Start: Supervision preparation");
		StepPlan plan = walker.say("A newly qualified social worker whose client died last week; she seems exhausted "
				+ "and detached");
		assertThat(walker.step()).isEqualTo("focus");
		assertThat(plan.offlineReply()).contains("loss, grief").contains("compassion fatigue");
		plan = walker.say("A wellbeing check and reflecting on the case");
		assertThat(walker.step()).isEqualTo("agenda");
		assertThat(plan.offlineReply()).contains("Curious questions").contains("Name the difficulty")
			.contains("Compassion-fatigue check").contains("Self:").contains("Organisation:");
		walker.say("next");
		assertThat(walker.step()).isEqualTo("self-care");
		plan = walker.say("I will book my own supervision with my manager");
		assertThat(plan.offlineReply()).contains("book my own supervision");
		assertThat(walker.export()).contains("Supervision agenda").contains("Your self-care");
	}

	@Test
	void backRestartQuitAndResumeSteerTheFlow() {
		FlowWalker walker = new FlowWalker(this.engine);
		walker.start("supervision-prep", "Start");
		walker.say("An experienced carer who has become snappy with colleagues");
		assertThat(walker.step()).isEqualTo("focus");
		walker.say("go back");
		assertThat(walker.step()).isEqualTo("supervisee");
		walker.say("restart");
		assertThat(walker.step()).isEqualTo("supervisee");
		FlowState paused = walker.state().paused(true);
		RoutedTurn resumed = this.engine.route(paused, null, "Carry on with my preparation");
		StepPlan plan = resumed.composer().apply(List.of()).block();
		assertThat(plan.next().paused()).isFalse();
		assertThat(plan.offlineReply()).startsWith("Welcome back");
		walker.say("pause");
		assertThat(walker.state().paused()).isTrue();
		walker.say("continue");
		assertThat(walker.state().paused()).isFalse();
		assertThat(walker.step()).isEqualTo("supervisee");
		walker.say("quit");
		assertThat(walker.state()).isNull();
	}

	@Test
	void startMessageNamingAFlowStartsIt() {
		FlowWalker walker = new FlowWalker(this.engine);
		walker.say("Start: The power of the pause");
		assertThat(walker.state().flowId()).isEqualTo("power-of-the-pause");
	}

	@Test
	void everyStepOffersSuggestions() {
		for (String flow : List.of("power-of-the-pause", "empathy-trap", "conversation-script", "supervision-prep")) {
			FlowWalker walker = new FlowWalker(this.engine);
			StepPlan plan = walker.start(flow, "Start");
			for (int turn = 0; turn < 5; turn++) {
				assertThat(plan.suggestions()).as(flow + " at " + walker.step()).isNotEmpty();
				plan = walker.say("Our ward is short staffed and a colleague keeps arriving late for handover");
			}
		}
	}

}
