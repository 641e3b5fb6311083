package org.compassioncoach.safety;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The labelled sets through the assessor ({@code ./mvnw -q test -Dtest=SafetyEvaluationTests}):
 * prints recall and false-alarm rates per level and category, and fails if they fall below what
 * the detector reaches today.
 */
class SafetyEvaluationTests {

	// safety-eval.jsonl was written apart from the detector and is never used to tune it; the
	// safety-dev*.jsonl sets are the developers' own and calibrated it, so their rates are
	// optimistic; safety-holdout*.jsonl were each written after the detector was frozen, and
	// their first runs (docs/SAFETY.md) are the honest estimate.

	private static final RiskAssessor assessor = TestEmbeddings.assessor();

	private static SafetyEvaluation.Report run(String resource) {
		SafetyEvaluation.Report report = SafetyEvaluation.run(assessor, SafetyEvaluation.read(resource));
		System.out.println("== " + resource + "\n" + report.summary() + "\n" + report.byCategory());
		return report;
	}

	/** Recall floors per level, and ceilings on ordinary messages read as crisis and flagged at all. */
	private static void assertRates(SafetyEvaluation.Report report, double crisisRecall, double distressRecall,
			double noneAsCrisis, double noneFlagged) {
		assertThat(report.recall(SafetyLevel.CRISIS)).isGreaterThanOrEqualTo(crisisRecall);
		assertThat(report.recall(SafetyLevel.DISTRESS)).isGreaterThanOrEqualTo(distressRecall);
		assertThat(report.falseAlarm(SafetyLevel.CRISIS)).isLessThanOrEqualTo(noneAsCrisis);
		assertThat(report.falseAlarm(SafetyLevel.DISTRESS)).isLessThanOrEqualTo(noneFlagged);
	}

	@Test
	void evaluationSetKeepsItsRates() {
		SafetyEvaluation.Report report = run("eval/safety-eval.jsonl");
		assertThat(report.results()).hasSizeGreaterThanOrEqualTo(150);
		// Flagged at all rose from 0.077 to 0.087 when two more writers joined the exemplar bank
		// (distress recall rose from 0.825 to 0.842, and to 0.860 with the next two): one more ordinary
		// message reads as distress.
		// With the fifth and sixth writers crisis recall rose from 0.880 to 0.893 and one more
		// ordinary message reads as crisis (0.038 to 0.048). Ten rule families for warning signs said
		// sideways then raised crisis recall from 0.893 to 0.907. Eighth session: a similarity-only
		// distress is not raised when the writer says they are all right on balance, and everyday
		// tiredness told as such is ordinary (flagged 0.087 -> 0.077). Then the five nearest
		// exemplars per level decide (docs/SAFETY.md): crisis 0.907 -> 0.920, but distress 0.860 ->
		// 0.842, ordinary as crisis 0.048 -> 0.058 and flagged back to 0.087, one message each.
		// Everyday readings written from writer 8a's false alarms then took flagged to 0.067.
		assertRates(report, 0.92, 0.84, 0.058, 0.068);
	}

	@Test
	void thirdHeldOutSetKeepsItsRates() {
		// Written by an independent writer this session. Run once on the detector as the session
		// found it (crisis 0.853, distress 0.900, ordinary as crisis 0.053, flagged 0.080) and
		// once after the changes (below); never read sentence by sentence.
		SafetyEvaluation.Report report = run("eval/safety-holdout3.jsonl");
		assertThat(report.results()).hasSize(200);
		// The fifth and sixth writers then raised crisis recall from 0.867 to 0.920, nothing else moved;
		// the next rule families raised it to 0.933. Eighth session (totals only): with the five nearest
		// exemplars per level deciding, crisis 0.960, distress 0.940, flagged 0.093 -> 0.067.
		assertRates(report, 0.96, 0.94, 0.03, 0.067);
	}

	@Test
	void fourthHeldOutSetKeepsItsRates() {
		// Another independent writer, third session; first run on the detector as the session
		// found it: crisis 0.893, distress 0.960, ordinary as crisis 0.013, flagged 0.093. After the
		// fifth and sixth writers joined the bank: below (one more ordinary message read as crisis).
		SafetyEvaluation.Report report = run("eval/safety-holdout4.jsonl");
		assertThat(report.results()).hasSize(200);
		// Eighth session (totals only): ordinary as crisis 0.013 -> 0 and flagged 0.093 -> 0.080 with
		// the everyday readings, then flagged 0.053 with the five nearest exemplars per level deciding,
		// and 0.040 with the readings written from writer 8a's false alarms.
		assertRates(report, 0.94, 0.98, 0.0, 0.04);
	}

	@Test
	void fifthHeldOutSetKeepsItsRates() {
		// Another independent writer, written after the fifth and sixth writers and the rules they
		// led to were in: run once as found (crisis 0.867, distress 0.960, ordinary as crisis 0.013,
		// flagged 0.053; the honest estimate). A second run measured two more writers in the bank, no
		// gain in crisis recall and one more false alarm, so they were not kept (next test).
		// It is now a DEVELOPMENT set: the fifth session read its misses message by message and wrote
		// rule families from them in other words (grief then a wish to join, death as the fix, a
		// general question "asking for me", the past as a yardstick, Scots spellings, control and
		// barricading at home, an impaired driver of residents, physical revenge): crisis 0.867 ->
		// 0.987; "family member" as a person made one general question about supporting them ordinary
		// (ordinary as crisis 0.013 -> 0, flagged 0.053 -> 0.040). Eighth session: flagged -> 0.013,
		// crisis 1.000 with the five nearest exemplars per level deciding.
		SafetyEvaluation.Report report = run("eval/safety-holdout5.jsonl");
		assertThat(report.results()).hasSize(200);
		assertRates(report, 1.0, 0.96, 0.0, 0.014);
	}

	@Test
	void sixthHeldOutSetKeepsItsRates() {
		// Another independent writer, asked for hard cases: masked and minimised risk, tricky idioms,
		// grief. Written before the fifth session changed anything and run once after those changes,
		// with only its rates printed; the families written from the fifth set's misses moved
		// nothing here. Crisis 0.787, distress 0.940, ordinary as crisis 0.093 (seven ordinary
		// messages, all by similarity alone: three workplace requests, two idioms, two sad-but-safe),
		// flagged 0.173. Nobody has read its messages. In the seventh session the dialect and
		// dropped-"g" spellings written from writer 7b's misses raised crisis recall to 0.800, and
		// twelve ordinary exemplars for the regions writer 7a's false alarms came from (a threat
		// received at work, a patient's death) took ordinary as crisis to 0.080, flagged to 0.160.
		// Eighth session (totals only): with the five nearest exemplars per level deciding, crisis
		// 0.813, ordinary as crisis 0.040, flagged 0.133; then 0.120 with the readings written from
		// writer 8a's false alarms.
		SafetyEvaluation.Report report = run("eval/safety-holdout6.jsonl");
		assertThat(report.results()).hasSize(200);
		assertRates(report, 0.813, 0.94, 0.04, 0.12);
	}

	@Test
	void unseenWritersKeepTheirRates() {
		// Two more writers (other people at risk; dialects, second-language English and gallows
		// humour), 300 messages each, never in the bank. They measure how the detector carries to
		// voices it has not met: crisis recall about 0.82, and ordinary messages read as crisis far
		// more often than in the held-out sets, mostly regional idioms, grief and tiredness said
		// colourfully (docs/SAFETY.md).
		SafetyEvaluation.Report others = run("eval/safety-writer-others.jsonl");
		assertThat(others.results()).hasSize(300);
		// An everyday reading of similarity-only crisis (tiredness, hunger, shock, a work object, a laugh
		// before an ordinary request; a plain loss) and two narrow laughed-off excepts: ordinary as
		// crisis 0.089 -> 0.056, flagged 0.144 -> 0.122 (two of the idioms behind this were quoted in
		// the brief for that work, so this set is not a clean check of it); recall unchanged.
		// The fifth session's rule families (written from holdout5 and the voices set, not from this
		// one; totals only) raised crisis recall from 0.820 to 0.827, one message.
		// Eighth session, from the development sets' false alarms and misses (this set among them):
		// crisis 0.827 -> 0.853, ordinary as crisis 0.056 -> 0.033, flagged 0.122 -> 0.078; the five
		// nearest exemplars per level then: crisis 0.867, flagged 0.056.
		assertRates(others, 0.866, 0.85, 0.034, 0.056);
		SafetyEvaluation.Report voices = run("eval/safety-writer-voices.jsonl");
		assertThat(voices.results()).hasSize(300);
		// The same change, tuned on this set: ordinary as crisis 0.13 -> 0.01, flagged 0.23 -> 0.15;
		// then two ordinary twins of the crisis exemplars that bury a disclosure in a work request:
		// 0.01 -> 0, flagged 0.15 -> 0.14. Recall unchanged by those; the rules for a wish not to
		// exist and for looking up ways then raised crisis recall from 0.823 to 0.831. The fifth session
		// read its remaining misses as a development set and wrote families from them in other words
		// (see holdout5 above, and regional spellings, command thoughts, gifts with a cover story,
		// someone's past-tense goodbye): 0.831 -> 0.985, false alarms unchanged.
		// Eighth session: flagged 0.14 -> 0.05, then 0.03 with the five nearest exemplars per level
		// deciding, which cost one distress message (0.914 -> 0.900); 0.01 after writer 8a's readings.
		assertRates(voices, 0.98, 0.90, 0.0, 0.01);
	}

	@Test
	void seventhHeldOutSetKeepsItsRates() {
		// Written by an independent writer at the start of the seventh session, asked for a hard
		// mix (masked and euphemistic risk, dialect, dark humour, long professional messages with
		// one risky clause, ordinary messages full of clinical and violent words). Run once on the
		// detector as it stood, totals only; never read sentence by sentence. Most of its misses
		// are false alarms: ordinary messages read as crisis. Eighth session (totals only): the
		// all-right-on-balance and everyday-tiredness readings took flagged from 0.160 to 0.133; the
		// five nearest exemplars per level deciding then gave crisis 0.947, distress 0.960, ordinary
		// as crisis 0.080, flagged 0.107.
		SafetyEvaluation.Report report = run("eval/safety-holdout7.jsonl");
		assertThat(report.results()).hasSize(200);
		assertRates(report, 0.946, 0.96, 0.08, 0.107);
	}

	@Test
	void eighthHeldOutSetKeepsItsRates() {
		// Written by an independent writer in the eighth session, after that session's changes, who
		// saw none of the bank, rules or sets: 89 crisis, 60 distress and 90 hard ordinary messages
		// (a 90th crisis message, "I want to die", is word for word a bank exemplar and was dropped).
		// Run on the detector as the session found it (crisis 0.888, distress 0.883, ordinary as
		// crisis 0.067, flagged 0.111), as the session's first changes left it (0.921, 0.900, 0.067,
		// 0.100) and after the readings written from writer 8a (below), totals only; never read.
		SafetyEvaluation.Report report = run("eval/safety-holdout8.jsonl");
		assertThat(report.results()).hasSize(239);
		assertRates(report, 0.921, 0.90, 0.056, 0.089);
	}

	@Test
	void ninthHeldOutSetKeepsItsRates() {
		// Written by another independent writer at the end of the eighth session, who saw none of
		// the bank, rules or sets: 90 crisis (direct and indirect), 60 distress, 90 hard ordinary.
		// Run once on the detector as the session found it (crisis 0.867, distress 0.933, ordinary
		// as crisis 0.078, flagged 0.133) and once as it left it (below), totals only; never read.
		SafetyEvaluation.Report report = run("eval/safety-holdout9.jsonl");
		assertThat(report.results()).hasSize(240);
		assertRates(report, 0.877, 0.916, 0.056, 0.10);
	}

	@Test
	void eighthSessionWriterKeepsItsRates() {
		// Another independent writer, asked for the hardest ordinary messages (sad-but-safe,
		// workplace incidents, informational questions, dark idioms) and indirect crises: 100
		// crisis, 50 distress, 150 ordinary. First run: crisis 0.860, distress 0.920, ordinary as
		// crisis 0.107, flagged 0.153. Then a DEVELOPMENT set: its false alarms led to general
		// readings (aggression towards staff already dealt with, ordinary grief with "I've been ok",
		// definitional questions, treats "overdosed on", "I'd sooner eat glass", everyday tiredness
		// clearing a similarity-only crisis) and two of its misses to wider rules (words carved
		// "into my skin", "multi-storey" with a hyphen): crisis 0.880, ordinary as crisis 0.053,
		// flagged 0.080. A third miss led to reading someone about to drive after heavy drinking as a
		// danger to others now (impaired-in-charge): crisis 0.890; and staying alive only for
		// someone, going when they go (only-here-for-someone): 0.900.
		SafetyEvaluation.Report report = run("eval/safety-writer8a.jsonl");
		assertThat(report.results()).hasSize(300);
		assertRates(report, 0.90, 0.92, 0.054, 0.08);
	}

	@Test
	void seventhSessionWritersKeepTheirRates() {
		// Two more writers, 150 messages each, never in the bank: clinical staff hiding risk inside
		// work requests and dark jokes, and regional or second-language voices typed on a phone.
		// Each was also added to the bank in turn and the other measured: neither moved the
		// other's rates, so neither is in the bank (docs/SAFETY.md). The dialect set then became a
		// development set: its misses were read, and Scots words, dropped "g"s ("thinkin aboot
		// endin it") and "finish myself" were written out in general form: crisis 0.867 -> 0.933.
		// The clinical set became one too: three warning-sign families in carers' words (not
		// trusting oneself with the people one cares for, not being a burden for much longer,
		// arranging care of dependants "if anything happens") raised it from 0.700 to 0.750, and
		// twelve ordinary exemplars took its ordinary-as-crisis rate from 0.08 to 0.06. Gallows
		// humour about one's own death said to be no longer a joke then raised recall to 0.783.
		SafetyEvaluation.Report clinical = run("eval/safety-writer7a.jsonl");
		assertThat(clinical.results()).hasSize(150);
		// Eighth session: crisis 0.783 -> 0.800, ordinary as crisis 0.06 -> 0.04, flagged 0.20 -> 0.12;
		// the five nearest exemplars per level then: crisis 0.817, distress 0.875, ordinary as crisis
		// back to 0.06; after writer 8a's readings 0.04, flagged 0.10. Eighth session, from its own
		// misses: the world "lighter without me", and hitting one's head or fists "on purpose":
		// crisis 0.817 -> 0.850.
		assertRates(clinical, 0.85, 0.875, 0.04, 0.10);
		SafetyEvaluation.Report dialect = run("eval/safety-writer7b.jsonl");
		assertThat(dialect.results()).hasSize(150);
		// Eighth session: ordinary as crisis 0.04 -> 0, flagged 0.18 -> 0.10; the five nearest
		// exemplars per level then: crisis 0.950, ordinary as crisis 0.02, flagged 0.06; staying alive
		// only for someone (only-here-for-someone) then 0.967.
		assertRates(dialect, 0.966, 0.95, 0.02, 0.06);
	}

	@Test
	void heldOutSetKeepsItsRates() {
		SafetyEvaluation.Report report = run("eval/safety-holdout.jsonl");
		assertRates(report, HeldOut.CRISIS_RECALL, HeldOut.DISTRESS_RECALL, HeldOut.NONE_AS_CRISIS,
				HeldOut.NONE_FLAGGED);
	}

	@Test
	void secondHeldOutSetKeepsItsRates() {
		// First run, after the detector was frozen again: crisis 0.833, distress 0.933, ordinary as
		// crisis 0, ordinary flagged 0.05. The generic gaps it showed were then closed. The fifth and
		// sixth writers made one of its 20 ordinary messages read as crisis (0 to 0.05).
		// Eighth session (totals only): with the five nearest exemplars per level deciding, ordinary
		// as crisis 0.05 -> 0, flagged 0.10 -> 0.05.
		SafetyEvaluation.Report report = run("eval/safety-holdout2.jsonl");
		assertRates(report, 0.95, 0.93, 0.0, 0.05);
	}

	@Test
	void developmentSetsKeepTheirRates() {
		for (String resource : new String[] { "eval/safety-dev.jsonl", "eval/safety-dev2.jsonl", "eval/safety-dev3.jsonl" }) {
			SafetyEvaluation.Report report = run(resource);
			assertThat(report.recall(SafetyLevel.CRISIS)).as(resource).isGreaterThanOrEqualTo(0.94);
			assertThat(report.recall(SafetyLevel.DISTRESS)).as(resource).isGreaterThanOrEqualTo(0.95);
			// dev2: two idioms ("my inbox is killing me today") read as distress since the fifth and
			// sixth writers, whose distress messages are in the same everyday words.
			assertThat(report.falseAlarm(SafetyLevel.DISTRESS)).as(resource).isLessThanOrEqualTo(0.05);
		}
		assertThat(run("eval/safety-dev4.jsonl").falseAlarm(SafetyLevel.DISTRESS)).isLessThanOrEqualTo(0.03);
		SafetyEvaluation.Report styles = run("eval/safety-dev5.jsonl");
		assertThat(styles.recall(SafetyLevel.CRISIS)).isGreaterThanOrEqualTo(0.92);
		assertThat(styles.falseAlarm(SafetyLevel.DISTRESS)).isLessThanOrEqualTo(0.10);
	}

	@Test
	void exemplarBankSharesNoSentenceWithTheEvaluationSets() {
		TextNormaliser normaliser = TextNormaliser.standard();
		Set<String> bank = ExemplarBank.read()
			.stream()
			.map((labelled) -> normaliser.normalise(labelled.text()))
			.collect(Collectors.toSet());
		for (String resource : new String[] { "eval/safety-eval.jsonl", "eval/safety-holdout.jsonl",
				"eval/safety-holdout2.jsonl", "eval/safety-holdout3.jsonl", "eval/safety-holdout4.jsonl", "eval/safety-holdout5.jsonl",
				"eval/safety-holdout6.jsonl", "eval/safety-holdout7.jsonl", "eval/safety-writer-others.jsonl",
				"eval/safety-writer-voices.jsonl", "eval/safety-writer7a.jsonl", "eval/safety-writer7b.jsonl",
				"eval/safety-holdout8.jsonl", "eval/safety-writer8a.jsonl", "eval/safety-holdout9.jsonl" }) {
			Set<String> shared = SafetyEvaluation.read(resource)
				.stream()
				.map((row) -> normaliser.normalise(row.text()))
				.filter(bank::contains)
				.collect(Collectors.toSet());
			assertThat(shared).as(resource).isEmpty();
		}
	}

	/**
	 * The rates pinned for the held-out set. First measured after the detector was frozen:
	 * crisis 0.889, distress 0.80, ordinary as crisis 0, ordinary flagged 0.04; two generic bugs it
	 * exposed ("I'm not joking" read as a joke; "when he goes out" read as a hypothetical) were
	 * then fixed, giving crisis 0.963 with the rest unchanged. Eighth session: with the five
	 * nearest exemplars per level deciding, distress 0.80 -> 0.75 (one message) and flagged 0.04 -> 0.
	 */
	private static final class HeldOut {

		static final double CRISIS_RECALL = 0.95;

		static final double DISTRESS_RECALL = 0.75;

		static final double NONE_AS_CRISIS = 0.02;

		static final double NONE_FLAGGED = 0.0;

	}

}
