package org.compassioncoach.flows;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Picks out who the user is talking about, so replies can say "your staff nurse" rather than "them". */
final class People {

	private static final Pattern ROLE = Pattern.compile("(?i)\\b(my|a|the|our|one of my)\\s+((?:new |junior |senior |"
			+ "newly qualified |agency |bank |night )?(?:staff nurse|nurse|colleague|hca|healthcare assistant|"
			+ "care assistant|carer|support worker|social worker|doctor|consultant|registrar|junior doctor|f1|f2|"
			+ "resident|gp|physio|physiotherapist|occupational therapist|ot|pharmacist|midwife|paramedic|manager|"
			+ "deputy|team leader|supervisee|practitioner|receptionist|administrator|team member|staff member|"
			+ "student|trainee|band \\d nurse|sister|charge nurse|matron|porter|cleaner|worker))\\b");

	private static final Pattern DOCTOR = Pattern.compile("(?i)\\b(doctor|consultant|registrar|junior doctor|f1|f2|"
			+ "gp|surgeon|anaesthetist|dentist|resident doctor|medic|trainee doctor|psychiatrist|dr)\\b");

	private People() {
	}

	/** "your staff nurse", or {@code fallback} when no role is named. */
	static String who(String text, String fallback) {
		Matcher matcher = ROLE.matcher(text);
		if (!matcher.find()) {
			return fallback;
		}
		String role = matcher.group(2);
		// Keep acronyms as typed (HCA, GP, OT); lower-case everything else.
		return "your " + (role.equals(role.toUpperCase(Locale.ROOT)) ? role : role.toLowerCase(Locale.ROOT));
	}

	/** Whether the person is a doctor or dentist (NHS Practitioner Health is for them). */
	static boolean isDoctor(String text) {
		return DOCTOR.matcher(text).find();
	}

}
