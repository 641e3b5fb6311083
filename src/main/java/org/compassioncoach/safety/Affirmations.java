package org.compassioncoach.safety;

import java.util.regex.Pattern;

/**
 * Reads replies to the coach's safety questions in normalised text: a clear statement of
 * safety, a casual brush-off ("I'm fine, carry on"), a plain yes or no, a wish to carry on or
 * to talk.
 */
final class Affirmations {

	// Only a clear statement, confirmed, ends the supportive state: a casual "I'm fine" is how
	// people often close a disclosure down, so it must not be read as safety.

	/** "I am safe", "I won't act on it", "I'm not going to hurt myself", "my partner is with me". */
	private static final Pattern CLEAR_SAFE = Pattern.compile("\\b(?:i am|i feel|i will be|i will stay|i am going to "
			+ "stay|i can keep my ?self|i am keeping my ?self|i promise i am|i am definitely|i am honestly|i am "
			+ "completely|i am totally) (?:\\w+ )?safe\\b|\\b(?:will not|would not|am not going to|never going to|do not"
			+ " want to|have no (?:intention|plans?) (?:of|to)) (?:\\w+ )?(?:act on (?:it|them|those thoughts|these "
			+ "thoughts)|hurt my ?self|kill my ?self|harm my ?self|do anything|do it|end my life|take my (?:own )?life)\\b"
			+ "|\\b(?:i have|i have got|there is) (?:someone|somebody|my \\w+|a friend|family) (?:with me|here|i can "
			+ "(?:call|contact|talk to|ring))\\b|\\b(?:no|not having any) (?:thoughts|plans?) (?:of|about|to) (?:suicide|"
			+ "ending|hurting|harming|killing)\\b|\\bnot (?:suicidal|in danger|at risk)\\b|\\bthe thoughts (?:have "
			+ "passed|have gone|are gone)\\b");

	/** Someone else at risk is now safe or being helped. */
	private static final Pattern OTHER_SAFE = Pattern.compile("\\b(?:he|she|they|them|him|her|my \\w+|the \\w+) (?:is|"
			+ "are|has been|have been|was|were|is now|are now) (?:\\w+ )?(?:safe|with (?:family|friends|her \\w+|his \\w+|"
			+ "their \\w+|someone|the crisis team|a doctor|paramedics)|in (?:a&e|hospital)|being (?:seen|looked after|"
			+ "supported|cared for)|seen by|getting help|getting support)\\b|\\bi (?:have |had )?(?:called|rang|phoned|"
			+ "contacted|took (?:him|her|them) to|stayed with|am staying with|am with|got (?:him|her|them) to) (?:\\w+ )?"
			+ "(?:999|111|the crisis team|a&e|an ambulance|the police|samaritans|her|him|them|their gp|the gp|"
			+ "safeguarding|our safeguarding lead|the safeguarding lead)\\b|\\b(?:crisis team|paramedics|police|"
			+ "ambulance|safeguarding (?:lead|team)) (?:is|are|has|have) (?:\\w+ )?(?:with|involved|there|been "
			+ "called|on (?:their|the) way)\\b");

	private static final Pattern CASUAL = Pattern.compile("\\b(?:i am |it is |everything is |all )?(?:fine|ok|okay|"
			+ "alright|all right|good|grand|sound)\\b|\\b(?:carry on|crack on|move on|forget (?:it|i said)|never mind|"
			+ "ignore (?:that|it|me)|only joking|just joking|i was joking|it was a joke|let us continue|can we continue|"
			+ "back to|get on with)\\b");

	private static final Pattern YES = Pattern.compile("^(?:yes|yeah|yep|yup|i am|i do|i have|definitely|absolutely|"
			+ "correct|that is right|sure|of course|i think so|sometimes|a bit|maybe|kind of|sort of|a little)\\b");

	private static final Pattern NO = Pattern.compile("^(?:no|nope|not really|not sure|i am not|i do not know|"
			+ "i do not think so|i doubt it|nah)\\b|\\bnot (?:really )?safe\\b|\\b(?:cannot|can not|could not|do not "
			+ "think i can) (?:keep|stay) (?:my ?self )?safe\\b|\\bno one to (?:call|talk to|contact)\\b");

	private static final Pattern HEDGED = Pattern.compile("\\b(?:but|i guess|i suppose|probably|maybe|i think|kind of|"
			+ "sort of|for now|hopefully|not sure|mostly|ish|sometimes|a bit|a little)\\b");

	private static final Pattern CONTINUE = Pattern.compile("\\b(?:carry on|continue|crack on|keep going with|go on with|"
			+ "get back to|back to (?:my|the|our)|let us (?:continue|carry on|get back|go back)|resume|my preparation|"
			+ "the (?:role ?play|rehearsal|flow|script)|move on)\\b");

	private static final Pattern TALK = Pattern.compile("\\b(?:talk|chat|speak) (?:about|through) (?:how i (?:am|feel)|"
			+ "my feelings|it|this|how i am feeling|what is going on)\\b|\\bhow i am feeling\\b|\\btalk (?:for )?a bit"
			+ "\\b|\\bcan we talk\\b");

	private Affirmations() {
	}

	static boolean clearlySafe(String normalised) {
		return CLEAR_SAFE.matcher(normalised).find() && !NO.matcher(normalised).find();
	}

	static boolean otherSafe(String normalised) {
		return OTHER_SAFE.matcher(normalised).find();
	}

	static boolean casual(String normalised) {
		return CASUAL.matcher(normalised).find();
	}

	/** A plain, unhedged yes to a direct question. */
	static boolean yes(String normalised) {
		return YES.matcher(normalised).find() && !NO.matcher(normalised).find();
	}

	/** Any yes, however hedged ("sometimes", "a bit"): used when the question was about suicide. */
	static boolean unhedgedYes(String normalised) {
		return yes(normalised) && !HEDGED.matcher(normalised).find();
	}

	static boolean no(String normalised) {
		return NO.matcher(normalised).find();
	}

	static boolean wantsToContinue(String normalised) {
		return CONTINUE.matcher(normalised).find();
	}

	static boolean wantsToTalk(String normalised) {
		return TALK.matcher(normalised).find();
	}

}
