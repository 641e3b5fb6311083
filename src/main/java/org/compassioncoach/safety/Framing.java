package org.compassioncoach.safety;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads how a sentence is framed: who a risk is about, whether it is a general question
 * rather than a disclosure, whether it is negated, past, or softened ("but I'm ok").
 */
final class Framing {

	/** People a user may describe; a risk that belongs to one of them is someone else at risk. */
	static final String PERSON = "(?:colleagues?|co ?workers?|nurses?|staff members?|members? of (?:my |our |the )?(?:staff|team)"
			+ "|team members?|patients?|residents?|clients?|service users?|friends?|sons?|daughters?|child|children|kids?"
			+ "|teenagers?|partners?|husbands?|wife|wives|boyfriends?|girlfriends?|fiance|fiancee|ex|mum|mother|dad|father"
			+ "|parents?|brothers?|sisters?|supervisees?|students?|trainees?|juniors?|registrars?|doctors?|consultants?"
			+ "|carers?|care workers?|support workers?|healthcare assistants?|hcas?|managers?|boss|employees?|workers?"
			+ "|receptionists?|porters?|midwife|midwives|paramedics?|social workers?|therapists?|pharmacists?|neighbours?"
			+ "|relatives?|apprentices?|volunteers?|cleaners?|housekeepers?|new starters?|someone|somebody|he|she|they"
			+ "|him|her|them|his|their|himself|herself|themselves|man|woman|boy|girl|guy|lady|gp|surgeon|cousin|flatmate"
			+ "|housemate|grandma|grandad|nan|aunt|uncle|baby|toddler|teacher|team|staff|everyone|everybody|people"
			+ "|colleagues|ward|department)";

	private static final Pattern PERSON_OR_SELF = Pattern
		.compile("\\b(?:(?<self>i|me|my ?self|myself|my)|(?<other>" + PERSON + "))\\b");

	private static final Pattern NEGATED = Pattern
		.compile("\\b(?:not|never|no longer|nor|without|no)\\s+(?!stop|help|resist|shake|control|ignore|seem|get|quit|keep"
			+ "|avoid|escape|saying|say|sure|know|if|whether|just|(?:felt|been|had|seen|known|hated|wanted) (?:so|this|that|such|as|"
			+ "more)\\b)(?:\\w+\\s+){0,2}$");

	private static final Pattern HISTORY = Pattern.compile("\\b(?:(?<!am |is |are |so |very |be |get |got |quite |getting |too )used to|years ago|long time ago|when i was (?:younger|"
			+ "a teenager|a teen|at school|at uni|a student|a kid|a child|little)|as a teenager|in the past|in my past"
			+ "|a history of|(?:\\w+ )?years clean|not for years|since i was \\d+)\\b");

	private static final Pattern RECOVERED = Pattern.compile("\\b(?:but|and) (?:i am|im|i feel|feel|now i am|i have been)"
			+ " (?:\\w+ )?(?:ok|okay|fine|alright|all right|better|well|good|safe|managing|coping)\\b");

	private static final Pattern FELT_BETTER = Pattern.compile("\\b(?:and|but|then|now|so) (?:\\w+ ){0,2}(?:felt|feel|"
			+ "feeling|am feeling) (?:much |a lot |a bit |loads )?(?:better|calmer|clearer|lighter|ok|okay|fine)\\b");

	private static final Pattern ALL_GOOD = Pattern.compile("\\b(?:but|and|so|though) (?:\\w+ )?(?:all good|coping fine|"
			+ "doing fine|doing ok|doing okay|managing fine|fine really|no harm done|otherwise fine|otherwise ok|good "
			+ "otherwise|ok otherwise|i love it|loving it|enjoying it|got through it|we got through it)\\b|^(?:honestly |"
			+ "really )?i am (?:fine|ok|okay|good|alright)(?: really| honestly)?,? (?:just|only) (?:busy|tired|a bit)");

	/** A clinical event narrated for a staff conversation: "a patient took an overdose... support the nurse". */
	private static final Pattern CLINICAL_PERSON = Pattern.compile("\\b(?:a|the|our|one of the|one of our|two|three|"
			+ "several) (?:\\w+ )?(?:patients?|residents?|clients?|service users?|presentations?)\\b");

	private static final Pattern STAFF_CONTEXT = Pattern.compile("\\b(?:nurse|nurses|doctor|midwife|midwives|carer|"
			+ "healthcare assistant|hca|staff|staff member|team|colleague|student|junior|registrar|consultant|social "
			+ "worker|support worker|porter)s? (?:who|that|involved|giving|gave|found|was|were|is|are|about|after)\\b|"
			+ "\\b(?:support|supporting|feedback|talk to|speak to|debrief|debriefing|incident|serious incident|datix|"
			+ "inquest|coroner|investigation|review|reviewing|audit|report|admitted|presentations|restrain\\w*|"
			+ "teaching|training|policy|ward round|handover|a&e|resus|risk assessment|shouted|complained|complaint|"
			+ "accused|claimed|alleged|threatened to sue|family|families|relatives)\\b");

	private static final Pattern DISCLOSED_TO_ME = Pattern.compile("\\b(?:told me|said to me|says to me|disclosed|"
			+ "confided|admitted to me|messaged me|texted me|rang me|called me|asked me for help|keeps saying|has been "
			+ "saying|said (?:he|she|they) (?:wants?|is going|was going|will|would|has|have|had|feels?|can))\\b");

	private static final Pattern WILL_BE_FINE = Pattern.compile("\\b(?:but|and|though|so) (?:i|it|things|we|everything)"
			+ " (?:will|should|is going to|am going to) be (?:ok|okay|fine|alright|all right|good)\\b");

	private static final Pattern MITIGATED = Pattern.compile("\\b(?:but|though|although|and|yet|so) (?:i am |i feel |"
			+ "feeling |i think i am |i am feeling |now i am |i have |ive |i) ?(?:(?:really |actually |mostly |"
			+ "otherwise |generally |basically |now |much |a lot |pretty |quite |ok and |fine and )?(?:ok|okay|fine|"
			+ "alright|all right|good|better|calmer|managing|coping|handling it|processing it|feel better|feel prepared|"
			+ "feel ready|prepared|ready|reflecting|taking it easy|got support|support|a plan|looking forward|enjoying|"
			+ "dealing with it|on top of it|in a good place))\\b");

	private static final Pattern SOFTENED = Pattern.compile("\\b(?:a (?:bit|little|touch)|bit|slightly|somewhat|"
			+ "kind of|kinda|sort of|a tad)\\s+$");

	private static final Pattern CONDITIONAL = Pattern.compile("\\b(?:if|when|whether|in case|what if|suppose|supposing)"
			+ " (?:a |an |someone|somebody|anyone|one of|staff|people|colleagues|employees|team members|a member|they"
			+ "|he |she |my |our |the |you )");

	private static final Pattern GENERIC = Pattern.compile("\\b(?:someone|somebody|anyone|people|staff|colleagues|"
			+ "employees|workers|nurses|doctors|carers|a (?:colleague|staff member|member of staff|team member|"
			+ "nurse|doctor|patient|resident|client|friend|manager|worker|carer|person|student)|an employee) (?:who|that"
			+ "|with|in|at|after|experiencing|going through|struggling|at risk|considering|having)\\b|\\b(?:signs|"
			+ "warning signs|risk factors|symptoms|indicators|policy|policies|procedure|process|training|guidance|"
			+ "research|statistics|evidence|resources|best practice|approach|framework|definition|difference"
			+ " between)\\b|\\bhow (?:to|do (?:i|we|you)|can (?:i|we)|should (?:i|we)) (?:support|help|talk to|talk"
			+ " with|speak to|ask|respond|spot|recognise|recognize|approach|signpost|refer|handle|manage|word|write|"
			+ "check in|look after|deal with|prevent|reduce|debrief|talk about|discuss|raise|bring up|address|explain|teach|"
			+ "recognise signs of|spot signs of)\\b|\\bwhat (?:is|are|does|do) (?:a |an |the )?"
			+ "(?:suicid|self harm|burnout|compassion fatigue|anxiety|panic|domestic|abuse|safeguarding|overdose|"
			+ "stress|mental health|wellbeing|resilience)|\\bwhat (?:does|do|did) (?:the |our |this )?(?:toolkit|research|"
			+ "evidence|guidance|card|cards|framework|literature|policy|training|course) (?:say|says|suggest|recommend)|"
			+ "^(?:can you |could you |please )?(?:tell me about|explain|define|describe)\\b");

	private static final Pattern QUESTION = Pattern.compile("^(?:how|what|where|who|when|which|why|is it|is there|are "
			+ "there|should i|should we|can i|can you|could you|do i|do you|would it|any tips|any advice|tips|advice|"
			+ "guidance|help me)\\b");

	private static final Pattern SPECIFIC_EVENT = Pattern.compile("\\b(?:told me|has told|had told|said|disclosed|"
			+ "admitted|confided|texted|messaged|emailed|wrote|posted|rang me|called me|phoned me|let slip|"
			+ "keeps saying|has been saying|has been talking|confessed|showed me|just|today|tonight|yesterday|"
			+ "this (?:morning|afternoon|evening|week)|last (?:night|week|shift)|earlier|right now|i (?:saw|found|"
			+ "noticed|have seen|have noticed|have found|am worried|am really worried|am so worried|am concerned|"
			+ "am scared|am frightened|am terrified|fear|think|suspect|believe))\\b");

	/** "A resident keeps saying I want to die": the "I" is the speaker's, not the user's. */
	private static final Pattern REPORTED_SPEECH = Pattern.compile("\\b" + PERSON + "\\b(?:\\s+\\w+){0,4}?\\s+(?:keeps|kept|keep"
			+ "|is|was|has been|have been|often|always|repeatedly)?\\s*(?:on\\s+)?(?:saying|says|said|shouting|shouts|shouted|"
			+ "screaming|screams|repeating|repeats|calling out|calls out|crying out|cries out)\\s+(?:that\\s+)?i\\b");

	/** The user asks how to coach their staff, not about themselves. */
	private static final Pattern COACHING_STAFF = Pattern.compile("\\bhow (?:do|can|should|could|would|might) (?:i|we) "
			+ "(?:best )?(?:coach|support|help|train|prepare|guide|brief|teach|equip|advise) (?:my|our|the) (?:\\w+ )?(?:carers|"
			+ "care workers|staff|team|nurses|support workers|hcas|healthcare assistants|colleagues|care staff)\\b");

	private static final Pattern POSSESSIVE = Pattern.compile("\\b(?:my|our|one of my|one of our|a member of my|a"
			+ " member of our|someone in my|someone on my|somebody in my) (?:\\w+ )?" + PERSON + "\\b");

	private Framing() {
	}

	/** Who the words just before {@code end} are about: the last person named before them. */
	static Subject subjectBefore(String sentence, int end) {
		Matcher matcher = PERSON_OR_SELF.matcher(sentence);
		matcher.region(0, end);
		Subject subject = Subject.UNKNOWN;
		int last = 0;
		while (matcher.find()) {
			subject = (matcher.group("self") != null) ? Subject.SELF : Subject.OTHER;
			last = matcher.end();
		}
		if (subject == Subject.SELF && reportedSpeechEndsAt(sentence, last)) {
			return Subject.OTHER;
		}
		return subject;
	}

	private static boolean reportedSpeechEndsAt(String sentence, int end) {
		Matcher matcher = REPORTED_SPEECH.matcher(sentence);
		matcher.region(0, end);
		while (matcher.find()) {
			if (matcher.end() == end) {
				return true;
			}
		}
		return false;
	}

	/** Who a whole sentence is about: the last person it names. */
	static Subject subjectOf(String sentence) {
		return subjectBefore(sentence, sentence.length());
	}

	static boolean negatedBefore(String sentence, int start) {
		return NEGATED.matcher(sentence.substring(Math.max(0, start - 30), start)).find();
	}

	static boolean softenedBefore(String sentence, int start) {
		return SOFTENED.matcher(sentence.substring(Math.max(0, start - 20), start)).find();
	}

	static boolean historical(String sentence) {
		return HISTORY.matcher(sentence).find();
	}

	static boolean recovered(String text) {
		return RECOVERED.matcher(text).find();
	}

	/** "...but I'm ok now": the feeling is named and then put down. */
	static boolean mitigated(String text) {
		return MITIGATED.matcher(text).find() || FELT_BETTER.matcher(text).find() || WILL_BE_FINE.matcher(text).find()
				|| ALL_GOOD.matcher(text).find();
	}

	/**
	 * A patient's crisis told as a clinical event for a staff conversation ("a patient took an
	 * overdose and I need to support the nurse who found him"), not someone disclosing to the
	 * user: the person is already in care, and the user is asking about their team.
	 */
	static boolean clinicalIncident(String sentence) {
		return CLINICAL_PERSON.matcher(sentence).find() && STAFF_CONTEXT.matcher(sentence).find()
				&& !DISCLOSED_TO_ME.matcher(sentence).find();
	}

	/**
	 * A care recipient's repeated words brought to a question about coaching staff ("a resident
	 * with dementia keeps saying 'I want to die'; how do I coach my carers to respond?"): the
	 * person is already in care, and the user is asking about their team.
	 */
	static boolean residentWordsInCoachingQuestion(String sentence, String wholeText) {
		Matcher person = CLINICAL_PERSON.matcher(sentence);
		return person.find() && REPORTED_SPEECH.matcher(sentence).find() && COACHING_STAFF.matcher(wholeText).find();
	}

	/** A general or hypothetical question ("what should I do if someone..."), not a disclosure. */
	static boolean generalQuestion(String sentence) {
		if (SPECIFIC_EVENT.matcher(sentence).find()) {
			return false;
		}
		// "when he goes out" in a statement is about time, not a hypothetical; only a question
		// ("what do I do if a colleague...?") makes a conditional general.
		boolean question = QUESTION.matcher(sentence).find() || sentence.endsWith("?")
				|| sentence.startsWith("what if");
		return GENERIC.matcher(sentence).find() || (question && CONDITIONAL.matcher(sentence).find());
	}

	/** A question about other people that names nobody real: "how do I support a nurse who...". */
	static boolean aboutOthersInGeneral(String sentence) {
		return generalQuestion(sentence) || clinicalIncident(sentence)
				|| (QUESTION.matcher(sentence).find() && !specific(sentence));
	}

	/** Whether a sentence points at a real person: a report, a worry, or "my colleague". */
	static boolean specific(String sentence) {
		return SPECIFIC_EVENT.matcher(sentence).find() || POSSESSIVE.matcher(sentence).find();
	}

	/** Who a risk belongs to. */
	enum Subject {

		SELF, OTHER, UNKNOWN

	}

}
