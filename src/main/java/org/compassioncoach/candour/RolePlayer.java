package org.compassioncoach.candour;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * The colleague in the offline role-play of the radical-candour rehearsal: answers each of the
 * user's lines from the chosen persona's line banks, reacting to how the line was put.
 *
 * <p>Stateless: the escalation so far is recovered from the colleague's previous replies, so
 * the caller only keeps the transcript. The choice of line is deterministic and never repeats a
 * line already used in the rehearsal.
 */
@Component
public class RolePlayer {

	static final int MAX_ESCALATION = 5;

	// Used only when every bank that fits is exhausted, so that no line is ever repeated.
	static final String WAITING = "(They pause and wait for you to go on.)";

	private static final Set<Cue> HOSTILE = EnumSet.of(Cue.INSULT, Cue.PERSONAL, Cue.SARCASM, Cue.THREAT, Cue.BLAME,
			Cue.SHOUTING);

	private static final Set<Cue> SOFTENED = EnumSet.of(Cue.HEDGE, Cue.MINIMISE, Cue.APOLOGY, Cue.RESCUE,
			Cue.PRAISE_PADDING);

	// An open question: it cannot be answered yes or no, or it asks them to tell their side.
	private static final Pattern OPEN_QUESTION = Pattern.compile(
			"(?:^|[.!?]\\s+)(?:so,?\\s+|and\\s+)?(?:what|how|why|which|tell me|could you tell|can you tell|"
					+ "would you tell|help me understand|talk me through|walk me through)\\b[^.!?]*\\?",
			Pattern.CASE_INSENSITIVE);

	private static final int GOOD_TURNS_BEFORE_CLOSING = 3;

	private static final Map<Reaction, List<Reaction>> FALLBACKS = Map.of(Reaction.OPENING,
			List.of(Reaction.TO_VAGUE, Reaction.TO_SPECIFIC), Reaction.TO_ATTACK,
			List.of(Reaction.TO_VAGUE, Reaction.OPENING), Reaction.TO_VAGUE,
			List.of(Reaction.OPENING, Reaction.TO_SPECIFIC), Reaction.TO_SPECIFIC,
			List.of(Reaction.TO_SUPPORT, Reaction.TO_ACTION), Reaction.TO_QUESTION,
			List.of(Reaction.TO_SPECIFIC, Reaction.TO_SUPPORT), Reaction.TO_SUPPORT,
			List.of(Reaction.TO_ACTION, Reaction.TO_SPECIFIC), Reaction.TO_ACTION,
			List.of(Reaction.TO_SUPPORT, Reaction.CLOSING), Reaction.CLOSING,
			List.of(Reaction.TO_ACTION, Reaction.TO_SUPPORT));

	private final CandourAssessor assessor;

	private final PersonaBank bank;

	public RolePlayer(CandourAssessor assessor) {
		this.assessor = assessor;
		this.bank = PersonaBank.load();
	}

	/** The persona ids, e.g. {@code defensive}, {@code upset}, {@code silent}, {@code deflecting}. */
	public List<String> personas() {
		return this.bank.names();
	}

	/** Each persona id with a one-line description, in the order of {@link #personas()}. */
	public Map<String, String> descriptions() {
		Map<String, String> descriptions = new LinkedHashMap<>();
		for (String name : this.bank.names()) {
			descriptions.put(name, this.bank.persona(name).description());
		}
		return descriptions;
	}

	/**
	 * The description of one persona.
	 * @throws IllegalArgumentException for an unknown persona (the message lists the valid ones)
	 */
	public String description(String persona) {
		return this.bank.persona(persona).description();
	}

	/**
	 * Assesses the user's line off the event loop, then answers it.
	 * @see #respond(String, String, String, CandourAssessment, int, List)
	 */
	public Mono<RolePlayLine> reply(String persona, String topic, String userLine, int turnIndex,
			List<String> previousReplies) {
		return Mono.defer(() -> {
			this.bank.persona(persona);
			return this.assessor.assess(userLine)
				.map((assessment) -> respond(persona, topic, userLine, assessment, turnIndex, previousReplies));
		});
	}

	/**
	 * Answers one of the user's lines. Cheap and deterministic: the same arguments give the same
	 * line.
	 * @param persona a persona id from {@link #personas()}
	 * @param topic a short noun phrase for the issue, e.g. "the late notes"; blank means "this"
	 * @param userLine what the user just said
	 * @param assessment the {@link CandourAssessor} assessment of {@code userLine}
	 * @param turnIndex 0 for the user's first line of the role-play, then 1, 2, ...
	 * @param previousReplies the colleague's replies so far in this rehearsal, oldest first
	 * @return the colleague's answer
	 * @throws IllegalArgumentException for an unknown persona
	 */
	public RolePlayLine respond(String persona, String topic, String userLine, CandourAssessment assessment,
			int turnIndex, List<String> previousReplies) {
		PersonaBank.Persona speaker = this.bank.persona(persona);
		String subject = (topic == null || topic.isBlank()) ? TopicFinder.FALLBACK : topic.strip();
		List<String> previous = (previousReplies != null) ? previousReplies : List.of();
		List<Reaction> history = history(speaker, previous);
		int before = escalation(speaker, history);
		boolean heated = heated(assessment);
		Reaction reaction = react(userLine, assessment, heated, turnIndex, history, before);
		long seed = seed(speaker.name(), turnIndex, userLine);
		Optional<Chosen> chosen = choose(speaker, reaction, subject, previous, seed);
		if (chosen.isEmpty()) {
			return new RolePlayLine(speaker.name(), WAITING, reaction, clamp(before + reaction.escalationChange()),
					heated);
		}
		int after = clamp(before + chosen.get().reaction().escalationChange());
		return new RolePlayLine(speaker.name(), chosen.get().line(), chosen.get().reaction(), after, heated);
	}

	private static Reaction react(String userLine, CandourAssessment assessment, boolean heated, int turnIndex,
			List<Reaction> history, int escalation) {
		if (heated) {
			return Reaction.TO_ATTACK;
		}
		if (turnIndex <= 0 && history.isEmpty()) {
			return Reaction.OPENING;
		}
		boolean question = assessment.has(Cue.INVITATION) || OPEN_QUESTION.matcher(userLine).find();
		boolean support = assessment.has(Cue.SUPPORT);
		boolean action = assessment.has(Cue.NEXT_STEP) || assessment.has(Cue.EXPECTATION);
		boolean specific = assessment.has(Cue.SPECIFIC) || assessment.has(Cue.BEHAVIOUR) || assessment.has(Cue.IMPACT);
		boolean softened = assessment.cues().stream().anyMatch(SOFTENED::contains);
		boolean revealed = history.contains(Reaction.TO_QUESTION);
		Reaction reaction;
		if (question && !(support && revealed)) {
			// Once they have said what is behind it, an offer of help matters more than another question.
			reaction = Reaction.TO_QUESTION;
		}
		else if (support) {
			reaction = Reaction.TO_SUPPORT;
		}
		else if (action) {
			reaction = Reaction.TO_ACTION;
		}
		else if (specific && (assessment.quadrant() == Quadrant.RADICAL_CANDOUR
				|| (!softened && assessment.care() >= 0.5))) {
			// A "sorry" after an outburst is a repair, not a hedge, when the line is candid overall.
			reaction = Reaction.TO_SPECIFIC;
		}
		else if (softened || assessment.challenge() < 0.5) {
			reaction = (assessment.has(Cue.EMPATHY) && !softened) ? Reaction.TO_SUPPORT : Reaction.TO_VAGUE;
		}
		else {
			reaction = Reaction.TO_SPECIFIC;
		}
		long goodTurns = history.stream().filter(Reaction::good).count();
		boolean landing = reaction == Reaction.TO_SPECIFIC || reaction == Reaction.TO_SUPPORT
				|| reaction == Reaction.TO_ACTION;
		if (landing && goodTurns >= GOOD_TURNS_BEFORE_CLOSING && escalation + reaction.escalationChange() <= 1) {
			return Reaction.CLOSING;
		}
		return reaction;
	}

	// Reactive markers only: a blunt but calm line is not heated, however low it scores on care.
	private static boolean heated(CandourAssessment assessment) {
		return assessment.cues().stream().anyMatch(HOSTILE::contains)
				|| (assessment.has(Cue.ABSOLUTE) && assessment.care() < 0.5);
	}

	// The reactions behind the colleague's earlier replies, recovered by matching the line banks.
	private static List<Reaction> history(PersonaBank.Persona persona, List<String> previous) {
		List<Reaction> history = new ArrayList<>();
		for (String reply : previous) {
			for (Reaction reaction : Reaction.values()) {
				if (persona.lines(reaction).stream().anyMatch((template) -> sameLine(template, reply))) {
					history.add(reaction);
					break;
				}
			}
		}
		return history;
	}

	private static int escalation(PersonaBank.Persona persona, List<Reaction> history) {
		int level = clamp(persona.escalation());
		for (Reaction reaction : history) {
			level = clamp(level + reaction.escalationChange());
		}
		return level;
	}

	private static Optional<Chosen> choose(PersonaBank.Persona persona, Reaction reaction, String topic,
			List<String> previous, long seed) {
		List<Reaction> order = new ArrayList<>();
		order.add(reaction);
		order.addAll(FALLBACKS.get(reaction));
		for (Reaction candidate : order) {
			List<String> unused = persona.lines(candidate)
				.stream()
				.filter((template) -> previous.stream().noneMatch((reply) -> sameLine(template, reply)))
				.toList();
			if (!unused.isEmpty()) {
				String template = unused.get((int) Math.floorMod(seed, (long) unused.size()));
				return Optional.of(new Chosen(template.replace("{topic}", topic), candidate));
			}
		}
		return Optional.empty();
	}

	// A template matches a reply whatever topic filled it, so a changed topic cannot sneak a repeat in.
	private static boolean sameLine(String template, String reply) {
		String[] parts = template.split("\\{topic\\}", -1);
		StringBuilder regex = new StringBuilder();
		for (int i = 0; i < parts.length; i++) {
			if (i > 0) {
				regex.append(".+?");
			}
			regex.append(Pattern.quote(parts[i]));
		}
		return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE).matcher(reply.strip()).matches();
	}

	private static long seed(String persona, int turnIndex, String userLine) {
		CRC32 crc = new CRC32();
		String key = persona + '|' + turnIndex + '|' + CueReader.normalise(userLine).toLowerCase(Locale.ROOT);
		crc.update(key.getBytes(StandardCharsets.UTF_8));
		return crc.getValue();
	}

	private static int clamp(int level) {
		return Math.max(0, Math.min(MAX_ESCALATION, level));
	}

	private record Chosen(String line, Reaction reaction) {
	}

}
