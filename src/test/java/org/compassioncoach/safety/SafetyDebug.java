package org.compassioncoach.safety;

/** Prints how the assessor reads each argument: for developers tuning rules on their own examples. */
final class SafetyDebug {

	private SafetyDebug() {
	}

	public static void main(String[] args) {
		RiskAssessor assessor = TestEmbeddings.assessor();
		TextNormaliser normaliser = TextNormaliser.standard();
		RiskRules rules = RiskRules.standard();
		ExemplarBank bank = TestEmbeddings.bank();
		for (String text : args) {
			String normalised = normaliser.normalise(text);
			System.out.println(text + "\n  normalised: " + normalised);
			for (String sentence : RiskAssessor.sentences(normalised)) {
				System.out.println("  rules: " + rules.read(sentence, null, normalised));
				System.out.println("  scores: " + bank.score(TestEmbeddings.embed(sentence)));
			}
			Finding finding = assessor.assessNow(text, TestEmbeddings::embed);
			System.out.println("  => " + finding.level() + " " + finding.categories() + " " + finding.sources());
		}
	}

}
