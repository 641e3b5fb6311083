package org.compassioncoach.safety;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads how a sentence is framed: who a risk is about, whether it is a general question
 * rather than a disclosure, whether it is negated, past, or softened ("but I'm ok").
 */
final class Framing {

	/** People a user may describe; a risk that belongs to one of them is someone else at risk. */
	static final String PERSON = "(?:colleagues?|co ?workers?|nurses?|staff members?|members? of (?:my |our |the |their |his |her )?(?:staff|team|family)"
			+ "|family members?"
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

	/**
	 * The past named only to measure the present by: a comparison ("more than I used to", "worse
	 * than it was years ago") or a relapse ("again after four years clean", "back after years").
	 */
	private static final Pattern STILL_NOW = Pattern.compile("\\b(?:more|worse|harder|louder|stronger|oftener|often|"
			+ "deeper|further|longer|much|lot) (?:\\w+ ){0,2}?than (?:i|it|they|he|she) (?:\\w+ )?used to\\b"
			+ "|\\bagain,? (?:\\w+ ){0,2}?after (?:\\w+ ){0,3}?(?:years|months|clean|free|off it)\\b|\\b(?:relapsed|relapse|relapsing|back to it|come back|came back|"
			+ "is back|are back|started again|starting again) (?:\\w+ ){0,3}?after (?:\\w+ ){0,3}?(?:years|months|clean|free)\\b");

	private static final Pattern RECOVERED = Pattern.compile("\\b(?:but|and) (?:i am|im|i feel|feel|now i am|i have been)"
			+ " (?:\\w+ )?(?:ok|okay|fine|alright|all right|better|well|good|safe|managing|coping)\\b|\\b(?:but|and|she|he|they)"
			+ " (?:is|are|has been|have been) (?:now )?(?:doing )?(?:really |very |much )?(?:well|ok|okay|fine|better|good|great)"
			+ "(?: now)?\\b");

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

	/**
	 * The writer says, in passing, that they are all right on balance: "sad but okay", "I am okay,
	 * just missing him", "I'll be alright", "I've got good support". Weaker than {@link #MITIGATED}
	 * and read only against distress (by similarity, or a mitigable distress rule), never a crisis:
	 * masked crises are told in these words too.
	 */
	private static final Pattern OK_ON_BALANCE = Pattern.compile("\\b(?:but|though|yet)\\s+(?:still |really |mostly )?"
			+ "(?:fine|ok|okay|alright|all right|good|happy|grand|content|proud|grateful)\\b|\\bi am (?:ok|okay|fine|alright|all "
			+ "right|good|doing ok|doing okay|doing fine|doing well|managing|coping),? (?:just|only)\\b|\\bi (?:will|should) be "
			+ "(?:ok|okay|fine|alright|all right)\\b|\\bi am (?:managing|coping|doing) (?:fine|ok|okay|well|alright|all right)\\b"
			+ "|\\bnot (?:falling apart|in a bad place|in a dark place)\\b|\\b(?:got|have|had) (?:good|great|"
			+ "lots of|plenty of|a lot of|really good) support\\b|\\bin a good way\\b|\\b(?:a |the )?normal (?:response|reaction)\\b");

	/**
	 * "Fine" as a cover, taken back, or followed by the feeling itself: "I tell everyone I'm
	 * fine", "my team think I'm coping", "not really ok", "I'm ok, just low", "I'm fine, just
	 * tired of everything".
	 */
	private static final Pattern NOT_OK = Pattern.compile("\\bnot (?:really |actually |feeling |that |very |so )?(?:ok|okay|fine|"
			+ "alright|all right|good|coping|managing)\\b|\\b(?:pretend\\w*|act(?:ing)? like|say(?:ing)?|said|tell(?:ing)? "
			+ "(?:\\w+ ){0,2}|told (?:\\w+ ){0,2}|keep saying|brave face|mask\\w*|front|think|thinks|thought|believe|believes|"
			+ "assume|assumes)\\b[^.?!]{0,20}\\b(?:ok|okay|fine|alright|coping|managing)\\b|\\b(?:just|only)\\W+(?:a bit |so |"
			+ "really |very )?(?:low|down|flat|numb|empty|dim|hollow|lost|hopeless|broken|grey|gray)\\b|\\b(?:just|only)\\W+(?:[\\w']+ ){0,6}"
			+ "(?:everything|it all|life|living|any ?more|cannot|can not|to stop|disappear|not be here|be gone|better off)\\b");

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
			+ " between|the difference|the same (?:thing )?as|a sign of)\\b|\\bhow (?:to|do (?:i|we|you)|can (?:i|we)|should (?:i|we)) (?:support|help|talk to|talk"
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
			+ "this (?:morning|afternoon|evening|week)|last (?:night|week|shift)|earlier|right now|(?<!\\bif )(?<!\\bwhen )i (?:saw|found|"
			+ "noticed|have seen|have noticed|have found|am worried|am really worried|am so worried|am concerned|"
			+ "am scared|am frightened|am terrified|fear|think|suspect|believe))\\b");

	/**
	 * "A resident keeps saying I want to die": the "I" is the speaker's, not the user's; "a staff
	 * member tells me about self harm": the "me" is only who was told.
	 */
	private static final Pattern REPORTED_SPEECH = Pattern.compile("\\b" + PERSON + "\\b(?:\\s+\\w+){0,4}?\\s+(?:keeps|kept|keep"
			+ "|is|was|has been|have been|often|always|repeatedly)?\\s*(?:on\\s+)?(?:saying|says|said|shouting|shouts|shouted|"
			+ "screaming|screams|repeating|repeats|calling out|calls out|crying out|cries out)\\s+(?:that\\s+)?i\\b"
			// "a staff member tells me about self harm": the harm is the teller's
			+ "|\\b" + PERSON + "\\b(?:\\s+\\w+){0,4}?\\s+(?:tells|told|telling|talks to|talked to|talking to|opens up to|"
			+ "opened up to|confides in|confided in|discloses to|disclosed to|comes to|came to)\\s+me\\b");

	/** The user asks how to coach their staff, not about themselves. */
	private static final Pattern COACHING_STAFF = Pattern.compile("\\bhow (?:do|can|should|could|would|might) (?:i|we) "
			+ "(?:best )?(?:coach|support|help|train|prepare|guide|brief|teach|equip|advise) (?:my|our|the) (?:\\w+ )?(?:carers|"
			+ "care workers|staff|team|nurses|support workers|hcas|healthcare assistants|colleagues|care staff)\\b");

	private static final Pattern POSSESSIVE = Pattern.compile("\\b(?:my|our|one of my|one of our|a member of my|a"
			+ " member of our|someone in my|someone on my|somebody in my) (?:\\w+ )?" + PERSON + "\\b");

	/**
	 * Everyday exaggeration: tiredness, hunger or shock said colourfully, exasperation with a
	 * work object, a trivial "if I have to X one more time", a threat to "whoever" took the pens.
	 */
	private static final Pattern HYPERBOLE = Pattern.compile("\\b(?:so|that|too|proper|pure) (?:\\w+ )?(?:tired|"
			+ "knackered|exhausted|shattered|sleepy|wrecked) (?:that )?i could (?:sleep|drop|fall asleep|pass out|"
			+ "nap)\\b|\\bcould (?:sleep|kip|nap) (?:for (?:a|about a) (?:week|month|year|day|fortnight)|for (?:england|"
			+ "days|hours)|standing up|on (?:the|a) (?:floor|clothes ?line|washing line|bus|train|desk))\\b|\\bdead (?:beat|"
			+ "on my feet|tired)\\b|\\b(?:dying|starving|famished|faint) (?:of|with|from) hunger\\b|\\bso hungry (?:that )?i "
			+ "could eat\\b|\\bcould eat a (?:horse|scabby)\\b|\\b(?:could|would) (?:murder|kill for) (?:a|an|some|my) "
			+ "(?:\\w+ )?(?:brew|tea|cuppa|coffee|pint|drink|butty|sandwich|curry|pizza|burger|chips|kebab|biscuit|nap|bath|"
			+ "bed|holiday|day off|lie in)\\b|\\bdying (?:for|to get) (?:a|my|some|home|the)\\b|\\b(?:nearly|almost) "
			+ "(?:had|have|having) (?:a |an )?(?:heart attack|stroke|coronary|kittens|a fit|a cow)\\b|\\b(?:nearly|almost) "
			+ "(?:died|fell off my chair|passed out) (?:when|of (?:shock|embarrassment|laughing)|laughing|at)\\b|\\blosing "
			+ "the will to live (?:with|over|because of|at|in|doing) (?:this|these|that|those|the|my|our|all)\\b|\\b(?:the|"
			+ "this|that|these|those|today|yesterday) (?:\\w+ ){0,2}(?:meetings?|audits?|spreadsheets?|rotas?|ward|wards|"
			+ "shifts?|inspections?|reports?|paperwork|inbox|emails?|training|course|budget|deadlines?|day|week|car park|"
			+ "traffic|commute|admin|handover|queue|bus|train|heat|stairs|walk) (?:\\w+ )?(?:nearly |almost |would |will |"
			+ "could |is going to )?(?:finished me off|finish (?:me|you|ye|anyone) off|kill (?:you|ye|anyone|a saint)|be "
			+ "the (?:death|end) of me)\\b|\\bif i (?:have to|need to|get asked to|am asked to|hear|see|get|read) "
			+ "(?:\\w+ ){1,8}?one more (?:time|\\w+)\\b|\\b(?:murder|kill|strangle|throttle) whoever\\b|\\bif one more "
			+ "(?:\\w+ ){1,3}?(?:asks?|says?|tells?|emails?|rings?|calls?|complains?|moans?|mentions?)\\b|\\b(?:just |someone |"
			+ "somebody |please )?shoot me(?: now)?\\b|\\b(?:rather|sooner) (?:stick (?:pins|needles|forks) in my eyes?|eat "
			+ "(?:glass|my own hat)|pull (?:my own|out my) teeth(?: out)?|gnaw my (?:own )?arm off)\\b|\\b(?:took|take|taking|had|have) (?:a|an|one|two|some|my usual) "
			+ "(?:paracetamol|ibuprofen|aspirin|painkillers?|co-codamol|antihistamines?|lemsip|tablets?) (?:\\w+ ){0,3}?for "
			+ "(?:my|a|the|this) (?:\\w+ )?(?:headache|migraine|cold|flu|back|period|cramps|toothache|hay ?fever|allergy|"
			+ "allergies|sore throat|temperature|knee|shoulder|neck|hangover)\\b");

	/** An explicit laugh, from a user who then asks for something ordinary. */
	private static final Pattern LAUGH = Pattern.compile("\\b(?:ha(?:ha)+h?|lol|lmao|rofl)\\b|[😂🤣😆😹]");

	private static final Pattern ORDINARY_REQUEST = Pattern.compile("\\b(?:anyway|anyways|anyhow|but yeah|moving on|"
			+ "on a (?:serious|different|work) note)\\b,? (?:\\w+ ){0,2}?(?:can you|could you|would you|will you|how "
			+ "(?:do|can|should|would) (?:i|we)|what (?:is|are|do|should|would)|help me|please|i need (?:help|to know|"
			+ "some)|any tips|any advice|do you)\\b");

	/**
	 * Plain risk words that no idiom explains away: a plan, a method, not being here, harm, or a
	 * laugh taken back ("jk... mostly").
	 */
	private static final String RISK_WORDS = "die|suicid\\w*|kill (?:my ?self|me)|end (?:it|it "
			+ "all|my life|things|everything)|self harm\\w*|harm(?:ing)? my ?self|hurt(?:ing)? my ?self|cut(?:ting)? "
			+ "(?:my ?self|again)|cutting|overdos\\w*|pills|tablets|rope|ligature|noose|bridge|jump\\w*|(?:a|my|the) "
			+ "plan\\b(?! for (?:the|next|my|our|this|each|every|a|an)\\b)|made a plan|plann(?:ed|ing) (?:to|how|it|when|my)|method|ways? to|how to (?:die|go|do it)|"
			+ "(?:a|the|my|suicide) note|not (?:be )?(?:here|around|alive)|(?:not|never) (?:be )?coming back|better off|no point|the "
			+ "point|disappear\\w*|wak(?:e|ing) up|never wake|(?:not|stop|stopped|cease to) exist\\w*|hang(?:ing)? my ?self|drown\\w*|dead (?:by|before)|mostly(?=\\s*(?:$|[.!?,;]))|half joking|not "
			+ "(?:really )?joking|i mean it|for real|seriously|knife|weapon|blade|hurt (?:him|her|them|someone)|starv\\w* "
			+ "my ?self|no way out|cannot (?:go on|do this)|do not want to (?:be|live|go on|wake|exist)|want (?:it|this|"
			+ "everything) to (?:stop|end)|be with (?:him|her|them)|join (?:him|her|them)|see (?:him|"
			+ "her|them) again|without (?:him|her|them)|will not need";

	/**
	 * The acts that look like a farewell (goodbyes, letters, things given away, affairs put in
	 * order, going for good): risk words on their own, but what an ordinary step forward explains.
	 */
	private static final String FAREWELL_ACTS = "goodbye\\w*|letters?|give away|gave away|giving away|given away|for good|"
			+ "forever|my affairs";

	private static final Pattern RISK_SAID = Pattern.compile("\\b(?:" + RISK_WORDS + "|" + FAREWELL_ACTS + ")\\b");

	private static final Pattern RISK_BEYOND_FAREWELL = Pattern.compile("\\b(?:" + RISK_WORDS + ")\\b");

	/**
	 * A general question turned on the asker: "...asking for me", "asking because I've been
	 * thinking I might", "the friend is me".
	 */
	private static final Pattern ASKING_FOR_ONESELF = Pattern.compile("\\basking (?:for|about) (?:me|my ?self)\\b(?! (?:as|and|on behalf|or)\\b)"
			+ "|\\b(?:asking|ask|i ask) because (?:i|of me)\\b|\\b(?:the|this|that|my) friend (?:is|was) (?:actually |really )?me\\b"
			+ "|\\basking for a friend\\W+(?:\\w+ ){0,2}?(?:me|it is me|i am the friend)\\b");

	private static final String NOT_AT_WORK = "\\b(?:not|never) be (?:here|around|in|about|at work|on the ward|on shift)\\b";

	/** An ordinary reason to be away from work: "I won't be here next week, I'm on annual leave". */
	private static final String AWAY_FOR = "\\b(?:annual leave|on leave|study leave|holiday|hols|a course|training|nights|days? off|"
			+ "off sick|new job|new post|moving house|retir\\w+|maternity|paternity|wedding|conference|honeymoon|secondment)\\b";

	/**
	 * A wish to get away that names a bounded time or a pleasant place: "disappear for a week
	 * somewhere sunny", "run away to a cottage until the audit is over"; or absence for an
	 * ordinary reason.
	 */
	private static final Pattern GETAWAY = Pattern.compile("\\b(?:disappear|vanish|run away|runaway|escape|get away|go away|go off grid|"
			+ "(?:be|was|were|am) (?:gone|away)|hide|(?:drop|fall) off the (?:face of the earth|radar|map)|be somewhere else|be anywhere but here)"
			+ "(?: (?!(?:good|ever|forever|permanently|all)\\b)\\w+){0,4}? (?:for (?:a|an|one|two|three|a few|a couple of|the) (?:\\w+ )?"
			+ "(?:hour|hours|day|days|week|weeks|weekend|fortnight|month|bit|while|afternoon|evening|night|summer)\\b|somewhere "
			+ "(?:sunny|warm|hot|nice|quiet|peaceful|tropical|abroad|with (?:a beach|no wifi|no signal|no phones))|to (?:a|an|the|my) "
			+ "(?:\\w+ )?(?:beach|island|spa|cottage|cabin|villa|caravan|seaside|mountains|lakes?|sun|bahamas|maldives|canaries)\\b"
			+ "|on (?:a |an )?(?:holiday|break|beach|cruise|island|retreat|sabbatical)\\b|until (?:monday|tuesday|wednesday|thursday|"
			+ "friday|saturday|sunday|the weekend|next week|christmas|spring|the summer|(?:it|this|the \\w+) is (?:over|done|finished)))"
			+ "|" + NOT_AT_WORK + "[^.?!]{0,40}?" + AWAY_FOR + "|" + AWAY_FOR + "[^.?!]{0,40}?" + NOT_AT_WORK);

	/**
	 * A practical step in an ordinary life going forward, which is why people leave, give things
	 * away, make a will or change a pension nomination: a new job, a move, a house, a wedding, an
	 * operation, a course, a promotion, leave or travel, going back home for good.
	 */
	private static final Pattern FORWARD_PLAN = Pattern.compile("\\b(?:new (?:job|post|role|position|house|home|flat|trust|"
			+ "team|ward|contract|starters?)|(?:job|post|role|contract) (?:in|at|with|starts)|starts? (?:on |next )?(?:monday|"
			+ "tuesday|wednesday|thursday|friday|saturday|sunday|next week|next month)|(?:moving|move) (?:house|home|"
			+ "trusts?|jobs?|flats?|teams?|wards?|into|in with|out|to (?:a|the|[a-z]+))|relocat\\w+|bought (?:a|our|my|the) "
			+ "(?:first |new )?(?:house|home|flat|place)|mortgage|(?:getting|got|get|just) married|(?:my|our) (?:wedding|"
			+ "engagement)|honeymoon|(?:baby|due date) (?:is )?due|maternity|paternity|(?:my|an|a) (?:\\w+ )?(?:operation|op|"
			+ "surgery|replacement)\\b|having (?:my|a) (?:\\w+ )?(?:done|operation|op|surgery|replacement)|promot\\w+|interview|applied for|"
			+ "(?:a|the|my) course|exams?|resubmi\\w+|part[- ]time|(?:i am|i will be|i have|when i|before i|after i) (?:\\w+ )?retir\\w+|my retirement|(?:annual|study|parental) leave|on leave|"
			+ "holiday|travel\\w*|(?:going|flying|travelling|heading|go|fly) (?:back )?home for (?:\\d+|a|two|three|four|five|"
			+ "six|the|my)\\b|(?:going|moving|go|move|heading|returning) (?:back )?(?:home|to [a-z]+)(?: [a-z]+)? for good|"
			+ "emigrat\\w+|leaving (?:the|my|this|our) (?:trust|job|post|role|team|ward|unit|practice|service|nhs|profession|"
			+ "organisation|hospital|home|company|council|authority)|(?:handed|hand|handing|put|putting|gave|given) in (?:my )?notice|"
			+ "notice period|resign\\w*|(?:i|we) retire (?:in|next|on|at|this|after|from)|retiring (?:nurse|doctor|midwife|in|next|"
			+ "this|at|from|after|on|soon)|(?:starting|start) (?:a |my )?(?:new )?(?:job|post|role|course|degree|training))\\b");

	/** A collision or a fall, the kind of accident people report at work... */
	private static final Pattern ACCIDENT_HAPPENED = Pattern.compile("\\b(?:hit by|crashed|crash|collided|collision|"
			+ "rear[- ]ended|went into the back of|reversed into|knocked (?:over|down|off)|bumped into|accident|"
			+ "(?:had|took) a (?:fall|tumble)|slipped|tripped)\\b");

	/** ...and everyone in it unhurt: "nobody was hurt", "the residents are shaken but fine". */
	private static final Pattern NOBODY_HURT = Pattern.compile("\\b(?:(?:nobody|no one|noone) (?:was |got |is )?"
			+ "(?:hurt|injured|harmed)|no (?:one|body) hurt|no injuries|(?:is|are|was|were) (?:all |both )?(?:(?:a bit |just )?shaken "
			+ "(?:up )?but |unhurt|uninjured|(?:all )?(?:ok|okay|fine|safe|alright|all right)\\b)(?:ok|okay|fine|unhurt|alright|"
			+ "all right)?)");

	/** Deliberate harm is never an accident, whatever else the message says. */
	private static final Pattern ON_PURPOSE = Pattern.compile("\\b(?:on purpose|deliberately|meant to|tried to|wanted to|"
			+ "trying to)\\b");

	/**
	 * Aggression from a patient, resident or visitor towards staff, already dealt with: "a
	 * patient's son threatened me... security dealt with it and he's banned". The staff member
	 * is the one threatened, so it is a workplace incident, not a crisis at home.
	 */
	private static final Pattern THREAT_AT_WORK = Pattern.compile("\\b(?:patients?|relatives?|visitors?|residents?|clients?|service "
			+ "users?|member of the public|family members?)(?: son| daughter| relative| family| brother| sister| dad| mum)?\\b"
			+ "(?:[^.?!]{0,60}?)\\b(?:threatened|threatening|threatens|pushed|push|spat at|swore at|shouted at|went for|lunged at"
			+ "|kicked|grabbed|assaulted|attacked|punched|slapped) (?:me|us|my staff|staff|the staff|our staff|a nurse|the nurse|a student"
			+ "|the student|a student nurse|my colleague|a colleague|one of my|one of our|the team|my team|the door on my|to find out where"
			+ " i live)\\b");

	private static final Pattern DEALT_WITH = Pattern.compile("\\b(?:security|police|banned|datix|incident (?:form|report)|"
			+ "reported (?:it|him|her|them)?|everyone is (?:ok|okay|fine|safe)|moved to|dealt with it|has been moved|i am (?:ok|okay|fine))\\b");

	/**
	 * A joke taken back anywhere in the message: "haha jk... mostly". "mostly" takes a joke back
	 * only where it closes a clause, not in "mostly new carers".
	 */
	private static final Pattern TAKEN_BACK = Pattern.compile("\\b(?:mostly(?=\\s*(?:$|[.!?,;]))|half joking|only half joking|not "
			+ "(?:really |even )?joking|i mean it|i am serious|for real)\\b");

	/** Someone else's death, or a retirement, said plainly as a sad fact. */
	private static final Pattern PLAIN_LOSS = Pattern.compile("\\b(?:retire|retiring|retirement|retired|leaving do|"
			+ "lost a (?:\\w+ )?(?:patient|resident|client)|(?:patient|resident|client|baby|child|service user)s? (?:\\w+ ){0,6}?"
			+ "(?:died|passed away)|died today|died (?:in|from|after|of|suddenly)|"
			+ "funeral|passed away|passed (?:on|peacefully|at the weekend|last \\w+|this morning|yesterday|overnight|in "
			+ "(?:his|her|their) sleep)|died (?:peacefully|this morning|yesterday|overnight|last \\w+|at the weekend|in "
			+ "(?:his|her|their) sleep)|bereave\\w*|condolences|memorial)\\b");

	/**
	 * A loss taken as ordinary grief: "...feel better for it though", "it's part of the job",
	 * "had a cry and talked to my partner", "he was a proper character".
	 */
	private static final Pattern EASED = Pattern.compile("\\b(?:feel|feeling|felt) (?:\\w+ )?better for it\\b|"
			+ "\\b(?:part of the job|it is the job|comes with the job|in a good way)\\b|\\b(?:i have been|i am|i feel|i felt) "
			+ "(?:ok|okay|alright|all right|fine)\\b|\\bgoing to (?:the|her|his|their) (?:vigil|funeral|service|memorial|wake)\\b|\\bhad a (?:good |little |bit of a |quiet )?cry\\b|"
			+ "\\b(?:talked|spoke|spoken|talking) (?:it through |about it )?(?:to|with) (?:my |the )?(?:partner|wife|husband|"
			+ "friend|friends|team|mum|mam|mom|dad|family|sister|brother|supervisor|manager|chaplain)\\b|"
			+ "\\b(?:she|he|they) (?:was|were|had) (?:\\w+ ){0,3}(?:good|lovely|kind|great|brilliant|wonderful|"
			+ "amazing|long|full|happy|character|legend|gent|gentleman|star)\\b|\\b(?:he|she) was (?:\\d+|a good age)\\b|\\b(?:a good|a grand|a ripe old) (?:age|innings)\\b|\\bgoing to miss (?:everyone|everybody|them|her|him|the team|you all)\\b");

	/**
	 * Someone else's harm already in safe hands: they are safe now or back at work, in a refuge,
	 * assessed, suspended, under investigation, or the police or a referral have it; and no "but"
	 * follows in the same sentence ("she says she's safe but I don't believe her").
	 */
	private static final Pattern OTHERS_RISK_HANDLED = Pattern.compile("\\b(?:(?:she|he|they) (?:is|are|says (?:she|he) is|say they are) (?:safe|"
			+ "back at work|back next week|in a refuge)|in a refuge|police (?:and \\w+ )?(?:are|have been|were) (?:aware|informed|involved|"
			+ "called)|(?:told|informed|called) (?:the )?police|(?:was|were|is|are|has been|have been) (?:suspended|assessed)|"
			+ "(?:being|been) investigated|referral (?:is )?(?:done|made|sent|in)|(?:health|team|gp|crisis team) (?:have |has )?assessed)"
			+ "\\b(?![^.?!]{0,60}\\b(?:but|though|although|yet|however)\\b)");

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

	/** The past, unless it is named only to measure the present by ("more than I used to"). */
	static boolean historical(String sentence) {
		return HISTORY.matcher(STILL_NOW.matcher(sentence).replaceAll(" ")).find();
	}

	static boolean recovered(String text) {
		return RECOVERED.matcher(text).find();
	}

	/** "...but I'm ok now": the feeling is named and then put down. */
	static boolean mitigated(String text) {
		return (MITIGATED.matcher(text).find() || FELT_BETTER.matcher(text).find() || WILL_BE_FINE.matcher(text).find()
				|| ALL_GOOD.matcher(text).find()) && !NOT_OK.matcher(text).find();
	}

	/** The writer says they are all right on balance, and does not undo it. */
	static boolean okOnBalance(String text) {
		return OK_ON_BALANCE.matcher(text).find() && !NOT_OK.matcher(text).find();
	}

	/**
	 * Read only when similarity alone found a crisis: everyday exaggeration ("so tired I could
	 * sleep on the floor", "these rotas will be the death of me"), or a laugh followed by an
	 * ordinary request ("haha, anyway can you..."), with no plain risk words anywhere in the
	 * message. The rules still read every sentence, so a stated plan or method is found there.
	 */
	static boolean hyperbole(String text) {
		if (RISK_SAID.matcher(text).find()) {
			return false;
		}
		return HYPERBOLE.matcher(text).find()
				|| (LAUGH.matcher(text).find() && ORDINARY_REQUEST.matcher(text).find());
	}

	/** Aggression towards staff at work that has been dealt with, and no risk words besides. */
	static boolean threatAtWorkDealtWith(String text) {
		return THREAT_AT_WORK.matcher(text).find() && DEALT_WITH.matcher(text).find() && !RISK_SAID.matcher(text).find();
	}

	/** Whether the message says plainly something no everyday reading can explain away. */
	static boolean riskSaid(String text) {
		return RISK_SAID.matcher(text).find();
	}

	/** A joke taken back anywhere in the message ("haha jk... mostly"): no except clears a crisis rule then. */
	static boolean jokeTakenBack(String text) {
		return TAKEN_BACK.matcher(text).find();
	}

	/**
	 * Read only when similarity alone found a crisis: a colleague's or a relative's death, or a
	 * retirement, told plainly with what eases it ("she was lovely", "going to miss everyone")
	 * and no plain risk words anywhere in the message.
	 */
	static boolean plainLoss(String text) {
		return PLAIN_LOSS.matcher(text).find() && EASED.matcher(text).find() && !RISK_SAID.matcher(text).find();
	}

	/** A general question the asker then says is about themselves ("...asking for me"). */
	static boolean askingForOneself(String text) {
		return ASKING_FOR_ONESELF.matcher(text).find();
	}

	/**
	 * Read only when similarity alone found a crisis: a wish to get away for a bounded time or to
	 * a pleasant place ("I wish I could disappear for a week somewhere sunny"). The getaway itself
	 * is set aside, and plain risk words anywhere else in the message still count ("disappear for
	 * a while, or for good").
	 */
	static boolean getaway(String text) {
		return reasonWithoutRiskBeside(GETAWAY, text, RISK_SAID);
	}

	/**
	 * Read only when similarity alone found a crisis: an accident told with everyone unhurt
	 * ("our minibus was hit by a drunk driver, the residents are shaken but fine"), with no
	 * plain risk words and nothing done on purpose.
	 */
	static boolean accidentNobodyHurt(String text) {
		return ACCIDENT_HAPPENED.matcher(text).find() && NOBODY_HURT.matcher(text).find() && !ON_PURPOSE.matcher(text).find()
				&& !RISK_SAID.matcher(text).find();
	}

	/**
	 * Read only when similarity alone found a crisis: an ordinary step forward in life named as
	 * the reason ("doing a will before my hip operation", "last shift, I start a new job on
	 * Monday"). The step itself is set aside, and plain risk words anywhere else in the message
	 * still count ("new job or not, I won't be here"); the farewell acts a step explains
	 * (goodbyes, things given away) do not.
	 */
	static boolean forwardPlan(String text) {
		return reasonWithoutRiskBeside(FORWARD_PLAN, text, RISK_BEYOND_FAREWELL);
	}

	/** Read only against someone else's crisis found by similarity alone. */
	static boolean othersRiskHandled(String text) {
		return OTHERS_RISK_HANDLED.matcher(text).find();
	}

	/**
	 * The coaching question of a message whose other sentences name an ordinary step forward:
	 * "going part-time from April. what is the impact on my pension?". Only a question is
	 * explained by a reason given elsewhere; a statement ("...looking over the edge. anyway, my
	 * interview") is not.
	 */
	static boolean questionAfterStepForward(String sentence, String wholeText) {
		return isQuestion(sentence) && forwardPlan(wholeText);
	}

	private static boolean isQuestion(String sentence) {
		return QUESTION.matcher(sentence).find() || sentence.endsWith("?");
	}

	/**
	 * An ordinary reason is given, not denied ("not leaving the job as such"), and once its own
	 * words are set aside no {@code risk} words remain.
	 */
	private static boolean reasonWithoutRiskBeside(Pattern reason, String text, Pattern risk) {
		Matcher matcher = reason.matcher(text);
		boolean given = false;
		while (!given && matcher.find()) {
			given = !negatedBefore(text, matcher.start());
		}
		return given && !risk.matcher(reason.matcher(text).replaceAll(" ")).find();
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
		boolean question = isQuestion(sentence) || sentence.startsWith("what if");
		return GENERIC.matcher(sentence).find() || (question && CONDITIONAL.matcher(sentence).find());
	}

	/** A question about other people that names nobody real: "how do I support a nurse who...". */
	static boolean aboutOthersInGeneral(String sentence) {
		return aboutOthersInGeneral(sentence, true);
	}

	/** The same, optionally without the clinical-incident reading (when patients are the ones put in danger). */
	static boolean aboutOthersInGeneral(String sentence, boolean clinical) {
		return generalQuestion(sentence) || (clinical && clinicalIncident(sentence))
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
