package org.compassioncoach.safety;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Model output must not diagnose, advise on medication, give legal advice, describe methods
 * of harm, or use language that safe-messaging guidance warns against.
 */
final class AdviceCheck implements SentenceCheck {

	private static final String DISORDER = "(?:clinical depression|major depression|depression|depressive disorder|"
			+ "(?:an? )?anxiety disorder|generali[sz]ed anxiety(?: disorder)?|ptsd|c-?ptsd|post[- ]traumatic stress"
			+ "(?: disorder)?|bipolar(?: disorder)?|borderline personality(?: disorder)?|bpd|(?:a )?personality "
			+ "disorder|adhd|autism|asperger'?s?|ocd|obsessive[- ]compulsive(?: disorder)?|schizophreni\\w*|psychosis|"
			+ "(?:an? )?eating disorder|anorexia|bulimia|dementia|alcoholism|(?:an? )?alcohol use disorder|(?:an? )?"
			+ "addiction|substance use disorder|(?:a )?(?:nervous )?breakdown|burnout syndrome|(?:a )?mental illness|"
			+ "panic disorder|social anxiety disorder|adjustment disorder|seasonal affective disorder|postnatal "
			+ "depression|postpartum depression)";

	private static final String SUBJECT = "(?:you|he|she|they|your (?:colleague|nurse|staff member|team member|"
			+ "supervisee|manager|employee|report)|(?:this|that) (?:person|colleague|nurse))";

	private static final Pattern DIAGNOSIS = Pattern.compile("(?i)\\b" + SUBJECT + "(?:'re|'s| are| is)?\\s+(?:(?:clearly|"
			+ "probably|likely|definitely|certainly|may|might|could|must|seem to|seems to|appear to|appears to)\\s+)*"
			+ "(?:(?:have|has|had|be suffering from|are suffering from|is suffering from|suffer from|suffers from|be "
			+ "experiencing|are experiencing|is experiencing|are showing signs of|is showing signs of|show signs of|"
			+ "shows signs of|meet the criteria for|meets the criteria for|have got|has got|be|are|is)\\s+)?(?:a |an |"
			+ "some )?(?:form of |case of |mild |severe |moderate |clinical |classic |textbook )?" + DISORDER + "\\b"
			+ "|(?i)\\b(?:it|this|that|what you describe|what you are describing|these)\\s+(?:sounds|looks|seems|reads|"
			+ "is|are|could be|might be|may be)\\s+(?:a lot |very much |exactly |just )?(?:like\\s+)?(?:you have |you "
			+ "are |they have |he has |she has |a case of |classic |textbook |the symptoms of |symptoms of |signs of "
			+ "clinical )?(?:a |an )?" + DISORDER + "\\b|(?i)\\b(?:you|he|she|they)(?:'re|'s| are| is| sound| sounds| "
			+ "seem| seems)\\s+(?:clinically |severely |probably |likely |definitely )?(?:depressed|bipolar|autistic|"
			+ "psychotic|anorexic|bulimic|an alcoholic|an addict)\\b|(?i)\\b(?:my|a|the) diagnosis (?:is|would be|here"
			+ " is)\\b|(?i)\\bi (?:would )?diagnose\\b");

	private static final Pattern MEDICATION = Pattern.compile("(?i)\\b(?:sertraline|citalopram|escitalopram|fluoxetine|"
			+ "paroxetine|venlafaxine|duloxetine|mirtazapine|amitriptyline|nortriptyline|trazodone|bupropion|"
			+ "diazepam|lorazepam|alprazolam|clonazepam|xanax|valium|zopiclone|zolpidem|temazepam|propranolol|"
			+ "quetiapine|olanzapine|risperidone|aripiprazole|lithium|lamotrigine|valproate|pregabalin|gabapentin|"
			+ "codeine|co-?codamol|tramadol|morphine|oxycodone|melatonin|prozac|zoloft|promethazine|nytol|"
			+ "st\\.? john'?s wort|paracetamol|ibuprofen|aspirin|naproxen)\\b|(?i)\\b(?:ssris?|snris?|benzodiazepines?|"
			+ "benzos|beta[- ]blockers?|antidepressants?|anti-?depressants?|anti-?anxiety (?:medication|meds|pills|"
			+ "drugs)|antipsychotics?|mood stabili[sz]ers?|sedatives?|sleeping (?:pills|tablets))\\b|(?i)\\b(?:take|"
			+ "taking|try|trying|start|starting|stop|stopping|come off|coming off|increase|increasing|reduce|reducing|"
			+ "double|halve|skip|ask (?:your gp|your doctor|a pharmacist) (?:about|for)|get prescribed|be prescribed|"
			+ "prescribe) (?:some |your |the |an? |any )?(?:\\w+ )?(?:medication|medicine|meds|tablets|pills)\\b(?! "
			+ "errors?| incidents?| rounds?| administration| charts?| audits?| policy)|(?i)\\b\\d+(?:\\.\\d+)?\\s?(?:mg|"
			+ "milligrams?|mcg|micrograms?|ml)\\b");

	private static final Pattern LEGAL = Pattern.compile("(?i)\\b(?:you|they|he|she|the (?:nurse|employee|staff member|"
			+ "colleague|trust))\\s+(?:could|should|can|may|might want to|have grounds to|has grounds to|would have "
			+ "grounds to|are entitled to|is entitled to|ought to|need to)\\s+(?:sue|take (?:legal action|(?:them|him|"
			+ "her|your employer|the trust|your manager) to (?:an? )?(?:employment )?(?:tribunal|court))|bring a (?:legal "
			+ ")?claim|make a claim for|claim (?:constructive|unfair) dismissal|file a lawsuit|press charges)\\b|(?i)\\b"
			+ "(?:this|that|it|what (?:they|he|she|your \\w+|the \\w+) did|your (?:manager|employer)(?:'s)? (?:behaviour|action|decision))"
			+ "(?:'s)?\\s+(?:is|was|would be|counts as|amounts to|constitutes)\\s+(?:clearly |probably |likely |"
			+ "definitely |almost certainly )?(?:illegal|unlawful|against the law|a breach of (?:contract|the equality "
			+ "act|employment law|your (?:statutory )?rights)|constructive dismissal|unfair dismissal|discrimination "
			+ "under|harassment under|defamation|libel|slander|a criminal offence)\\b|(?i)\\b(?:you|they) (?:have|has) "
			+ "(?:a )?(?:strong|good|valid|solid|clear) (?:legal )?(?:case|claim)\\b|(?i)\\blegally,? (?:you|they|the "
			+ "trust|your employer) (?:must|can|cannot|can't|are|is|have to|has to)\\b|(?i)\\b(?:you are|you're|they are|"
			+ "they're) legally (?:entitled|required|obliged|allowed)\\b|(?i)\\b(?:my|this is) legal advice\\b");

	private static final Pattern METHOD = Pattern.compile("(?i)\\b(?:lethal|fatal|deadly|toxic) (?:dose|amount|quantity|"
			+ "level)s?\\b|(?i)\\bhow (?:many|much) (?:\\w+ ){0,3}(?:would|will|it takes to|to) (?:kill|be fatal|be "
			+ "lethal|overdose)\\b|(?i)\\b(?:hanging|ligature|noose|strangulation|suffocation|asphyxiation|jump(?:ing)? "
			+ "(?:from|off) (?:a |the )?(?:bridge|building|roof|cliff)|(?:cut|cutting|slit|slitting) (?:your|their|his|"
			+ "her|my) wrists|overdos(?:e|ing) on|carbon monoxide|exhaust fumes|plastic bag over|in front of a train)\\b"
			+ "|(?i)\\b(?:paracetamol|co-?codamol|insulin|tablets|pills)\\b.{0,40}\\b(?:kill|fatal|lethal|die|"
			+ "overdose)\\b");

	private static final Pattern UNSAFE_LANGUAGE = Pattern.compile("(?i)\\b(?:committed suicide|commit suicide|"
			+ "successful suicide|unsuccessful suicide|failed suicide attempt|suicide epidemic|cry for help|attention[- ]"
			+ "seeking|selfish act)\\b");

	private static final List<Rule> RULES = List.of(new Rule(METHOD, OutputGuard.Action.REPLACE_REPLY, "method"),
			new Rule(DIAGNOSIS, OutputGuard.Action.REPLACE_REPLY, "diagnosis"),
			new Rule(MEDICATION, OutputGuard.Action.REPLACE_REPLY, "medication"),
			new Rule(LEGAL, OutputGuard.Action.REPLACE_REPLY, "legal-advice"),
			new Rule(UNSAFE_LANGUAGE, OutputGuard.Action.DROP_SENTENCE, "unsafe-language"));

	@Override
	public OutputGuard.Verdict check(String sentence) {
		for (Rule rule : RULES) {
			if (rule.pattern().matcher(sentence).find()) {
				return new OutputGuard.Verdict(rule.action(), rule.reason());
			}
		}
		return OutputGuard.Verdict.pass();
	}

	/** A pattern, what to do when it matches, and the reason counted. */
	private record Rule(Pattern pattern, OutputGuard.Action action, String reason) {
	}

}
