package org.compassioncoach.safety;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.compassioncoach.knowledge.KnowledgeBase;
import org.compassioncoach.knowledge.KnowledgeCard;
import org.compassioncoach.llm.PromptLibrary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The output guard: every model sentence passes these checks in a fixed order (the ones that
 * replace the whole reply first); a check that errors fails closed and replaces the reply.
 */
@Component
class OutputChecks implements OutputGuard {

	private static final Log logger = LogFactory.getLog(OutputChecks.class);

	private static final Pattern CARD_URL = Pattern.compile("(?i)\\bhttps?://[^\\s)\\]>\"']+|\\bwww\\.[^\\s)\\]>\"']+");

	private final List<SentenceCheck> checks;

	@Autowired
	OutputChecks(SupportDirectory directory, PromptLibrary prompts, KnowledgeBase knowledge) {
		this(List.of(new AdviceCheck(), new PromptLeakCheck(prompts.all().values()),
				new ContactDetailCheck(directory.allowedNumbers(), hosts(directory, knowledge), directory.allowedEmails())));
	}

	OutputChecks(List<SentenceCheck> checks) {
		this.checks = List.copyOf(checks);
	}

	@Override
	public Verdict check(String text) {
		try {
			for (SentenceCheck check : this.checks) {
				Verdict verdict = check.check(text);
				if (verdict.action() != Action.PASS) {
					return verdict;
				}
			}
			return Verdict.pass();
		}
		catch (RuntimeException ex) {
			logger.warn("Output check failed closed: " + ex.getClass().getSimpleName());
			return new Verdict(Action.REPLACE_REPLY, "check-failed");
		}
	}

	/** The directory's web hosts plus any a knowledge card cites. */
	private static Set<String> hosts(SupportDirectory directory, KnowledgeBase knowledge) {
		Set<String> hosts = new HashSet<>(directory.allowedHosts());
		for (KnowledgeCard card : knowledge.all()) {
			Matcher matcher = CARD_URL.matcher(card.source() + " " + card.body());
			while (matcher.find()) {
				hosts.add(SupportDirectory.host(matcher.group()));
			}
		}
		return hosts;
	}

}
