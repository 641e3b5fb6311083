// The guided "stop and breathe" cue of the power-of-the-pause flow: breathe in 4, hold 4, out 6.
// It starts only when asked (so nothing moves by itself), can be stopped at any time, says each
// phase in words, and under prefers-reduced-motion the circle stays still while the words guide.

let cueCount = 0;

const DEFAULT_PATTERN = { inhale: 4, hold: 4, exhale: 6, rounds: 3 };

function seconds(value, fallback) {
  const number = Number(value);
  return Number.isFinite(number) && number > 0 && number <= 20 ? number : fallback;
}

export class BreathingCue {

  /** @param breathing an optional {inhale, hold, exhale, rounds} from the response */
  constructor(breathing) {
    const given = (breathing && typeof breathing === 'object') ? breathing : {};
    this.pattern = {
      inhale: seconds(given.inhale, DEFAULT_PATTERN.inhale),
      hold: seconds(given.hold, DEFAULT_PATTERN.hold),
      exhale: seconds(given.exhale, DEFAULT_PATTERN.exhale),
      rounds: Math.round(seconds(given.rounds, DEFAULT_PATTERN.rounds)),
    };
    this.timer = null;
    this.element = this.build();
  }

  build() {
    const { inhale, hold, exhale } = this.pattern;
    const section = document.createElement('section');
    section.className = 'breathe';
    cueCount += 1;
    const titleId = `breathe-title-${cueCount}`;
    section.setAttribute('aria-labelledby', titleId);
    section.dataset.cue = 'breathing';

    const title = document.createElement('h3');
    title.id = titleId;
    title.className = 'breathe__title';
    title.textContent = 'Stop and breathe';

    const pattern = document.createElement('p');
    pattern.className = 'breathe__pattern';
    pattern.textContent = `breathe in ${inhale} · hold ${hold} · out ${exhale}`;

    const explain = document.createElement('p');
    explain.className = 'breathe__explain';
    explain.textContent = `Breathe in gently through your nose for a count of ${inhale}, hold for ${hold}, `
        + `then breathe out slowly for ${exhale}. Three rounds take under a minute.`;

    const visual = document.createElement('div');
    visual.className = 'breathe__visual';
    visual.setAttribute('aria-hidden', 'true');
    this.circle = document.createElement('div');
    this.circle.className = 'breathe__circle';
    visual.append(this.circle);

    this.phase = document.createElement('p');
    this.phase.className = 'breathe__phase';
    this.phase.setAttribute('aria-live', 'polite');
    this.phase.textContent = 'Ready when you are.';

    this.button = document.createElement('button');
    this.button.type = 'button';
    this.button.className = 'button button--secondary breathe__button';
    this.button.textContent = 'Start the breathing guide';
    this.button.addEventListener('click', () => (this.timer ? this.stop('Stopped. Carry on when you are ready.') : this.start()));

    const body = document.createElement('div');
    body.className = 'breathe__body';
    body.append(title, pattern, explain, this.phase, this.button);
    section.append(visual, body);
    return section;
  }

  start() {
    const { inhale, hold, exhale, rounds } = this.pattern;
    const steps = [];
    for (let round = 1; round <= rounds; round++) {
      steps.push({ name: 'in', seconds: inhale, text: `Breathe in… ${inhale} (round ${round} of ${rounds})` });
      steps.push({ name: 'hold', seconds: hold, text: `Hold… ${hold}` });
      steps.push({ name: 'out', seconds: exhale, text: `Breathe out… ${exhale}` });
    }
    this.button.textContent = 'Stop the breathing guide';
    this.element.classList.add('breathe--running');
    const run = (index) => {
      if (index >= steps.length) {
        this.stop('Well done. Notice how you feel now, then choose your response.');
        return;
      }
      const step = steps[index];
      this.circle.style.setProperty('--phase-seconds', `${step.seconds}s`);
      this.circle.dataset.phase = step.name;
      this.phase.textContent = step.text;
      this.timer = setTimeout(() => run(index + 1), step.seconds * 1000);
    };
    run(0);
  }

  stop(message) {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (!this.element.isConnected && !message) {
      return;
    }
    delete this.circle.dataset.phase;
    this.element.classList.remove('breathe--running');
    this.button.textContent = 'Start the breathing guide';
    if (message) {
      this.phase.textContent = message;
    }
  }

}
