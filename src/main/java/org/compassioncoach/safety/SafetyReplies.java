package org.compassioncoach.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.compassioncoach.knowledge.Citation;
import org.compassioncoach.knowledge.KnowledgeBase;
import org.compassioncoach.knowledge.KnowledgeCard;

/**
 * Writes the supportive replies, following safe-messaging guidance (Samaritans, NSPA): the
 * signposts first, then warm, short, direct words; a direct question about safety; no detail
 * about methods; encouragement to make contact; an offer to keep talking.
 */
final class SafetyReplies {

	static final String CARRY_ON = "Carry on with my preparation";

	static final String TALK = "Talk about how I'm feeling";

	static final String SAFE = "I'm safe right now";

	static final String CONFIRMED = "Yes, I'm safe and I have someone I can contact";

	static final String NOT_SURE = "I'm not sure I'm safe";

	static final String OTHER_SAFE = "They are safe and getting help";

	private static final Map<String, List<String>> CARDS = Map.of("burnout",
			List.of("burnout-signs", "self-care-for-leaders"), "compassion-fatigue",
			List.of("compassion-fatigue-signs", "self-care-for-leaders"), "anxiety-panic",
			List.of("power-of-the-pause", "self-care-for-leaders"), "not-coping",
			List.of("self-care-for-leaders", "self-compassion"), "low-mood",
			List.of("self-compassion", "self-care-for-leaders"), "substance-use",
			List.of("compassion-fatigue-signs", "self-care-for-leaders"));

	private static final Map<String, String> DISTRESS_WORDS = Map.of("burnout",
			"Running on empty for a long time wears anyone down; it is a sign of how much you have been carrying, not a failing.",
			"compassion-fatigue",
			"Caring for people who are suffering, day after day, has a real cost. Feeling numb or worn down by it is common, and it can get better.",
			"anxiety-panic",
			"If your body is racing right now, try slowing your breathing: in for four, hold for a moment, out for six, a few times.",
			"not-coping", "When everything piles up, it makes sense to feel it is too much. You don't have to fix it all today.",
			"low-mood", "Feeling low like this is hard, and you deserve the same kindness you would give a colleague.",
			"substance-use",
			"Needing a drink or something else to get through is a sign of how much pressure you are under, and support can help with that too.");

	private final SupportDirectory directory;

	private final KnowledgeBase knowledge;

	SafetyReplies(SupportDirectory directory, KnowledgeBase knowledge) {
		this.directory = directory;
		this.knowledge = knowledge;
	}

	/** The first reply to a crisis: signposts first, then a direct question about safety. */
	SafetyReply crisis(SafetyState state, Set<String> kinds, boolean inRolePlay, boolean pausedFlow) {
		List<SupportService> services = this.directory.signposts(SafetyLevel.CRISIS, state.topics(), state.audiences());
		StringBuilder text = new StringBuilder();
		boolean thirdParty = state.categories().contains("third-party-risk") && !selfAtRisk(state);
		if (thirdParty) {
			text.append("**If they are in immediate danger, or have already hurt themselves, ")
				.append(emergency("call 999"))
				.append(" now, and stay with them if it is safe to.**\n\n");
			text.append("Services you can contact, and share with them:\n");
			list(text, services);
			text.append("\nIt's good that you noticed, and that you're taking it seriously. ");
			text.append(pause(inRolePlay, pausedFlow));
			text.append("\n\n").append(thirdPartyGuidance(kinds));
			text.append("\n**Is the person safe right now?** I'm here to help you think through what to do next.");
			return new SafetyReply(tidy(text), List.of(OTHER_SAFE, "I'm not sure they are safe",
					"How do I talk to them?"), List.of());
		}
		if (state.categories().contains("abuse-unsafe-at-home")) {
			text.append("**If you are in danger right now, ")
				.append(emergency("call 999"))
				.append(". If you can't speak, call 999 from a mobile and press 55 when asked.**\n\n");
			list(text, services);
			text.append("\nThank you for telling me; that takes courage. What is happening is not your fault, and you "
					+ "deserve to be safe. ");
			text.append(pause(inRolePlay, pausedFlow));
			text.append("\n\n**Are you safe right now?** I'm here, and we can keep talking about who could help.");
			return new SafetyReply(tidy(text), List.of(SAFE, NOT_SURE), List.of());
		}
		if (state.categories().contains("harm-to-others")) {
			text.append("**If anyone is in immediate danger, ")
				.append(emergency("call 999"))
				.append(" now. If you feel you might act on these thoughts, move away from the person and call for help.**\n\n");
			list(text, services);
			text.append("\nThank you for being honest about this; it takes courage. Thoughts like these are frightening, "
					+ "and talking to someone today can really help. ");
			text.append(pause(inRolePlay, pausedFlow));
			text.append("\n\n**Are you, and the people around you, safe right now?** I'm here and we can keep talking.");
			return new SafetyReply(tidy(text), List.of(SAFE, NOT_SURE), List.of());
		}
		text.append("**If you are in immediate danger, or you have already hurt yourself, ")
			.append(emergency("call 999 or go to A&E"))
			.append(" now.**\n\n");
		text.append("You can talk to someone right now, day or night:\n");
		list(text, services);
		text.append("\nI'm really glad you told me. What you're feeling matters, and you don't have to carry it on your own. ");
		text.append(pause(inRolePlay, pausedFlow));
		text.append("\n\n**Are you safe right now?** I'm here, and we can keep talking for as long as you need.");
		return new SafetyReply(tidy(text), List.of(SAFE, NOT_SURE, TALK), List.of());
	}

	/** A turn in the supportive state: stay with the person, repeat the key contacts, ask again. */
	SafetyReply stillHere(SafetyState state, boolean urgent, boolean casual) {
		List<SupportService> services = this.directory.signposts(SafetyLevel.CRISIS, state.topics(), state.audiences());
		StringBuilder text = new StringBuilder();
		boolean thirdParty = state.categories().contains("third-party-risk") && !selfAtRisk(state);
		if (urgent) {
			text.append("**Please ")
				.append(emergency("call 999 or go to A&E"))
				.append(" now if ")
				.append(thirdParty ? "they" : "you")
				.append(" might not be safe.**\n\n");
		}
		else {
			text.append(emergencyLine(thirdParty));
		}
		text.append(thirdParty ? "Services that can help right now:\n" : "You can reach someone right now:\n");
		list(text, services);
		text.append('\n');
		if (casual) {
			text.append(thirdParty ? "I'm glad you're still here with me. Before we go back to your preparation, I want to check on them. "
					: "Thank you for letting me know. Before we go back to your preparation, I'd like to check in properly, because what you told me matters. ");
		}
		else if (urgent) {
			text.append("Thank you for being honest with me. You don't have to manage this alone, and reaching out now is the right thing to do. ");
		}
		else {
			text.append("I'm still here with you, and we can keep talking. Your preparation can wait. ");
		}
		text.append(thirdParty ? "\n\n**Is the person safe right now, and is someone with them or helping them?**"
				: "\n\n**Are you safe right now?** If you can, tell me who you could contact if things get harder.");
		return new SafetyReply(tidy(text), thirdParty ? List.of(OTHER_SAFE, "I'm not sure they are safe")
				: List.of(SAFE, NOT_SURE, TALK), List.of());
	}

	/** The user said clearly they are safe: check once more before coaching resumes. */
	SafetyReply confirm(SafetyState state) {
		boolean thirdParty = state.categories().contains("third-party-risk") && !selfAtRisk(state);
		String question = thirdParty
				? "Thank you. Before we carry on, I'd like to check: **is the person safe right now, and do they (and you) know who to contact if things change?**"
				: "Thank you for telling me, I'm glad. Before we carry on, I'd like to check once more: **are you safe right now, and do you have someone you can contact if things change?**";
		StringBuilder text = new StringBuilder(emergencyLine(thirdParty)).append(question)
			.append("\n\nIf things change, you can call or text:\n");
		list(text, this.directory.signposts(SafetyLevel.CRISIS, state.topics(), state.audiences()));
		return new SafetyReply(text.toString(), thirdParty ? List.of("Yes, they are safe and know who to contact",
				"I'm not sure") : List.of(CONFIRMED, NOT_SURE), List.of());
	}

	/** Safety confirmed: coaching may resume on the next message. */
	SafetyReply resume(SafetyState state) {
		StringBuilder text = new StringBuilder(emergencyLine(false))
			.append("Thank you. I'm glad, and I'm still here if things change. ")
			.append("These services are there any time:\n");
		list(text, this.directory.signposts(SafetyLevel.CRISIS, state.topics(), state.audiences()));
		text.append("\nWhenever you're ready, we can carry on with your preparation, or keep talking about how you are.");
		return new SafetyReply(text.toString(), List.of(CARRY_ON, TALK), List.of());
	}

	/** Distress: acknowledge, offer a self-care card and the services, then let the user choose. */
	SafetyReply distress(List<String> categories, SafetyState state, boolean inRolePlay, boolean askDirectly) {
		String category = categories.stream().filter(CARDS::containsKey).findFirst().orElse("not-coping");
		List<Citation> citations = new ArrayList<>();
		for (String id : CARDS.get(category)) {
			this.knowledge.find(id).map(KnowledgeCard::citation).ifPresent(citations::add);
		}
		StringBuilder text = new StringBuilder("That sounds really hard, and thank you for telling me. ");
		text.append(DISTRESS_WORDS.get(category));
		if (inRolePlay) {
			text.append(" I've paused the role-play so we can look after you first.");
		}
		text.append("\n\n").append(selfCare(citations));
		text.append("\nIf you'd like to talk to someone:\n");
		list(text, this.directory.signposts(SafetyLevel.DISTRESS, state.topics(), state.audiences()));
		if (askDirectly) {
			text.append("\nSometimes when people feel like this for a while, they have thoughts of ending their life. "
					+ "**Are you having thoughts like that?** You can tell me honestly.\n");
			return new SafetyReply(text.toString(), List.of("No, I'm not", "Yes, sometimes", CARRY_ON), citations);
		}
		text.append("\nWould you like to carry on with your preparation, or talk about how you're feeling for a moment?");
		return new SafetyReply(text.toString(), List.of(CARRY_ON, TALK), citations);
	}

	/** The user chose to talk about how they feel. */
	SafetyReply talk(SafetyState state) {
		StringBuilder text = new StringBuilder("Of course. I'm listening. What has been the hardest part lately? "
				+ "There's no right way to say it.\n\nAnd if you would rather talk to a person:\n");
		list(text, this.directory.signposts(SafetyLevel.DISTRESS, state.topics(), state.audiences()));
		text.append("\nWhenever you want to, we can go back to your preparation.");
		return new SafetyReply(text.toString(), List.of(CARRY_ON), List.of());
	}

	/** The safety check itself failed: fail closed with the services and an offer to talk. */
	SafetyReply unavailable(SafetyState state) {
		StringBuilder text = new StringBuilder("**If you or someone else is in immediate danger, ")
			.append(emergency("call 999"))
			.append(" now.**\n\nIf you need to talk to someone:\n");
		list(text, this.directory.signposts(SafetyLevel.CRISIS, state.topics(), state.audiences()));
		text.append("\nI couldn't process that message just now. Could you send it again?");
		return new SafetyReply(text.toString(), List.of(), List.of());
	}

	List<SupportService> signposts(SafetyLevel level, SafetyState state) {
		return this.directory.signposts(level, state.topics(), state.audiences());
	}

	private static boolean selfAtRisk(SafetyState state) {
		return state.categories().stream()
			.anyMatch((c) -> c.equals("suicidal-thoughts") || c.equals("self-harm") || c.equals("harm-to-others")
					|| c.equals("abuse-unsafe-at-home"));
	}

	private String emergency(String fallback) {
		Optional<DirectoryEntry> emergency = this.directory.entries()
			.stream()
			.filter((entry) -> entry.id().equals("emergency"))
			.findFirst();
		return emergency.map((entry) -> lowerFirst(entry.contact())).orElse(fallback);
	}

	/** Every reply in the supportive state opens with the way to emergency help. */
	private String emergencyLine(boolean thirdParty) {
		return "**If " + (thirdParty ? "they are" : "you are") + " in immediate danger, "
				+ emergency("call 999 or go to A&E") + ".**\n\n";
	}

	private static String lowerFirst(String text) {
		return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
	}

	private static String pause(boolean inRolePlay, boolean pausedFlow) {
		if (inRolePlay) {
			return "I've paused the role-play; what you've just said matters more.";
		}
		return pausedFlow ? "Your preparation can wait." : "";
	}

	private static String tidy(CharSequence text) {
		return text.toString().replaceAll(" +\n", "\n");
	}

	private static void list(StringBuilder text, List<SupportService> services) {
		for (SupportService service : services) {
			if (service.id().equals("emergency")) {
				continue;
			}
			text.append("- **").append(service.name()).append("**: ").append(service.contact());
			if (!service.hours().isBlank()) {
				text.append(" (").append(service.hours()).append(')');
			}
			text.append('\n');
		}
	}

	private static String thirdPartyGuidance(Set<String> kinds) {
		StringBuilder guidance = new StringBuilder("How you can help:\n");
		if (kinds.contains("abuse-unsafe-at-home")) {
			guidance.append("- Listen, believe them, and tell them it is not their fault.\n")
				.append("- Follow your organisation's safeguarding procedure and speak to your safeguarding lead today; "
						+ "if a child or an adult at risk is in danger, call 999.\n")
				.append("- Don't confront the person they are afraid of; their safety comes first.\n");
		}
		if (kinds.contains("harm-to-others")) {
			guidance.append("- If someone may be hurt, call 999, and tell your manager or security now.\n")
				.append("- Follow your organisation's violence and aggression procedure, and keep yourself safe.\n");
		}
		if (kinds.isEmpty() || kinds.contains("suicidal-thoughts") || kinds.contains("self-harm")
				|| kinds.contains("third-party-risk")) {
			guidance.append("- Ask them directly whether they are thinking about suicide; asking does not put the idea in their head.\n")
				.append("- Listen without judging, take what they say seriously, and stay with them if they are at risk now.\n")
				.append("- Help them contact support today (their GP, NHS 111, Samaritans); offer to make the call with them.\n")
				.append("- Don't promise to keep it secret if their life may be at risk; involve your safeguarding lead or manager.\n");
		}
		guidance.append("- Look after yourself afterwards, and talk to someone you trust; this is hard to carry.\n");
		return guidance.toString();
	}

	private static String selfCare(List<Citation> citations) {
		StringBuilder text = new StringBuilder("A few small things that can help today:\n")
			.append("- a few slow breaths before your next conversation\n")
			.append("- a proper break, even a short one, between demanding conversations\n")
			.append("- telling one person you trust how you are really doing\n");
		if (!citations.isEmpty()) {
			text.append("\nMore in ");
			for (int i = 0; i < citations.size(); i++) {
				text.append((i == 0) ? "" : " and ").append('[').append(citations.get(i).id()).append(']');
			}
			text.append(".\n");
		}
		return text.toString();
	}

}
