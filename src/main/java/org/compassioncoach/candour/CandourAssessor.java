package org.compassioncoach.candour;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.compassioncoach.embedding.Embedder;
import org.springframework.stereotype.Component;

/**
 * Places a feedback statement on the Radical Candour grid and explains why, deterministically
 * and offline: cue phrases for what the toolkit asks of candid feedback, combined with how much
 * the statement resembles each quadrant of a labelled exemplar bank.
 *
 * <p>Start-up embeds the exemplar bank once, statements and sentences (a few seconds on one core).
 */
@Component
public class CandourAssessor {

	private final Embedder embedder;

	private final CueLexicon lexicon;

	private final CueReader reader;

	private final ExemplarBank bank;

	private final Debrief debrief = new Debrief();

	private final Rewriter rewriter = new Rewriter();

	private final TopicFinder topics = new TopicFinder();

	public CandourAssessor(Embedder embedder) {
		this.embedder = embedder;
		this.lexicon = CueLexicon.load();
		this.reader = new CueReader(this.lexicon);
		this.bank = new ExemplarBank(ExemplarBank.load(), (texts) -> embedder.embedAll("candour-exemplars", texts),
				this.lexicon.scoring().temperature());
	}

	/**
	 * Assesses off the event loop: the statement and each of its sentences are embedded on the
	 * embedding scheduler.
	 */
	public Mono<CandourAssessment> assess(String text) {
		return Mono.defer(() -> {
			List<String> sentences = sentencesOf(requireText(text));
			return Mono.zip(this.embedder.embed(text),
					Flux.fromIterable(sentences).concatMap(this.embedder::embed).collectList(),
					(vector, sentenceVectors) -> assessNow(text, vector, sentenceVectors));
		});
	}

	/** Assesses on the calling thread, embedding there too: for tests, benchmarks and evaluation. */
	public CandourAssessment assessNow(String text) {
		List<float[]> sentenceVectors = sentencesOf(requireText(text)).stream().map(this.embedder::embedNow).toList();
		return assessNow(text, this.embedder.embedNow(text), sentenceVectors);
	}

	/**
	 * Assesses a statement whose vectors are already known: cheap, no model call.
	 * @param text the statement
	 * @param vector {@link Embedder} vector of the whole statement
	 * @param sentenceVectors vectors of {@link #sentencesOf(String)}, in order
	 * @return the assessment
	 */
	public CandourAssessment assessNow(String text, float[] vector, List<float[]> sentenceVectors) {
		Reading reading = this.reader.read(requireText(text));
		Map<Quadrant, Double> similarity = this.bank.probabilities(vector, sentenceVectors);
		CueLexicon.Scoring scoring = this.lexicon.scoring();
		double care = scoring.careBias() + scoring.careEmbeddingWeight()
				* (similarity.get(Quadrant.RADICAL_CANDOUR) + similarity.get(Quadrant.RUINOUS_EMPATHY) - 0.5);
		double challenge = scoring.challengeBias() + scoring.challengeEmbeddingWeight()
				* (similarity.get(Quadrant.RADICAL_CANDOUR) + similarity.get(Quadrant.OBNOXIOUS_AGGRESSION) - 0.5);
		Set<Cue> found = EnumSet.noneOf(Cue.class);
		for (Cue cue : Cue.values()) {
			if (reading.count(cue) > 0) {
				found.add(cue);
			}
		}
		// Ruinous empathy and manipulative insincerity both soften the message; what separates them
		// is whether the warmth is real. "Don't worry" next to "I'll let the matron know" is hardly
		// care, so a sign of insincerity discounts the softeners' care (they still lower the
		// challenge); without one they count as the warmth they are. Only discounted, not removed:
		// kind people also pass on what "HR have said" or "some people" think.
		boolean insincere = found.stream().anyMatch(Cue::insincere);
		for (Cue cue : found) {
			int count = reading.count(cue);
			double careWeight = this.lexicon.rule(cue).care();
			if (insincere && cue.softensWarmly()) {
				careWeight *= scoring.insincereSoftenerCare();
			}
			care += count * careWeight;
			challenge += count * this.lexicon.rule(cue).challenge();
		}
		// Rounded before the quadrant is derived, so the reported numbers and quadrant always agree.
		double careScore = round(sigmoid(care));
		double challengeScore = round(sigmoid(challenge));
		Quadrant quadrant = Quadrant.of(careScore, challengeScore);
		String topic = this.topics.find(reading);
		Debrief.Result result = this.debrief.write(reading, topic);
		return new CandourAssessment(quadrant, careScore, challengeScore, result.observations(),
				this.rewriter.rewrite(reading, topic), summary(quadrant), result.findings(), found, topic, similarity);
	}

	/** The sentences of a statement as the assessor splits them (what {@link #assess} embeds). */
	public List<String> sentencesOf(String text) {
		return CueReader.split(CueReader.normalise(requireText(text))).stream().map(Reading.Sentence::text).toList();
	}

	/** A short noun phrase for what the statement is about, e.g. "the late handovers", or "this". */
	public String topicOf(String text) {
		return this.topics.find(this.reader.read(requireText(text)));
	}

	private static String summary(Quadrant quadrant) {
		return switch (quadrant) {
			case RADICAL_CANDOUR -> "This reads as radical candour: it challenges directly and shows you care.";
			case RUINOUS_EMPATHY ->
				"This reads as ruinous empathy: it is kind, but the message is softened until it may not land.";
			case OBNOXIOUS_AGGRESSION ->
				"This reads as obnoxious aggression: the challenge is there, but without care it will be heard "
						+ "as an attack.";
			case MANIPULATIVE_INSINCERITY ->
				"This reads as manipulative insincerity: it neither says the issue plainly nor shows care; "
						+ "say it to them, directly and kindly.";
		};
	}

	private static String requireText(String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("The statement to assess must not be blank");
		}
		return text;
	}

	private static double sigmoid(double logOdds) {
		return 1 / (1 + Math.exp(-logOdds));
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

}
