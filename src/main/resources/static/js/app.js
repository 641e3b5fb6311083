// The chat page: streams the coach's replies, starts the guided flows, shows signposting,
// exports and forgets. The conversation id lives in this module's memory only.

import { renderMarkdown } from './markdown.js';
import { ApiError, postEventStream, problemFrom } from './sse.js';
import { BreathingCue } from './breathing.js';

const API = 'api/v1';

// Shown when the service's directory cannot be reached; the same services the coach signposts.
const FALLBACK_SERVICES = [
  { name: 'Samaritans', contact: 'Call 116 123', hours: '24 hours a day, every day; free', url: 'https://www.samaritans.org',
    description: 'Talk to someone in confidence about anything, including thoughts of suicide.' },
  { name: 'Shout', contact: 'Text SHOUT to 85258', hours: '24 hours a day, 7 days a week; free', url: 'https://giveusashout.org',
    description: 'If you would rather text than talk.' },
  { name: 'NHS 111', contact: 'Call 111 and choose the mental health option', hours: '24 hours a day, 7 days a week', url: 'https://111.nhs.uk',
    description: 'Urgent mental health help when it is not an immediate danger to life.' },
  { name: 'Emergency services', contact: 'Call 999 or go to A&E', hours: '24 hours a day, 7 days a week', url: '',
    description: 'If a life is in immediate danger.' },
];

const state = {
  conversationId: null,
  flows: [],
  busy: false,
  currentFlowId: null,
  directoryLoaded: false,
  breathing: null,
};

const el = {
  log: document.getElementById('log'),
  welcome: document.getElementById('welcome'),
  status: document.getElementById('status'),
  form: document.getElementById('composer'),
  message: document.getElementById('message'),
  send: document.getElementById('send'),
  suggestions: document.getElementById('suggestions'),
  flowList: document.getElementById('flow-list'),
  flowsToggle: document.getElementById('flows-toggle'),
  flowsAside: document.querySelector('.flows'),
  progress: document.getElementById('progress'),
  progressFlow: document.getElementById('progress-flow'),
  progressStep: document.getElementById('progress-step'),
  progressSteps: document.getElementById('progress-steps'),
  mode: document.getElementById('mode'),
  exportButton: document.getElementById('export'),
  forgetButton: document.getElementById('forget'),
  supportOpen: document.getElementById('support-open'),
  supportDialog: document.getElementById('support'),
  supportClose: document.getElementById('support-close'),
  supportList: document.getElementById('support-list'),
};

const narrow = window.matchMedia('(max-width: 899px)');

// ---------------------------------------------------------------- small DOM helpers

function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name === 'class') {
      element.className = value;
    }
    else if (name === 'text') {
      element.textContent = value;
    }
    else if (name.startsWith('on')) {
      element.addEventListener(name.slice(2), value);
    }
    else {
      element.setAttribute(name, value === true ? '' : value);
    }
  }
  element.append(...children.filter((child) => child !== null && child !== undefined));
  return element;
}

function plainText(text) {
  const fragment = document.createDocumentFragment();
  String(text).split('\n').forEach((line, index) => {
    if (index > 0) {
      fragment.append(document.createElement('br'));
    }
    fragment.append(document.createTextNode(line));
  });
  return fragment;
}

let idCounter = 0;
function uniqueId(prefix) {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

function nearBottom() {
  return window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 160;
}

function scrollToLatest(force = false) {
  if (force || nearBottom()) {
    window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'auto' });
  }
}

function announce(text) {
  el.status.textContent = text;
}

// ---------------------------------------------------------------- flows

async function loadFlows() {
  el.flowList.setAttribute('aria-busy', 'true');
  try {
    const response = await fetch(`${API}/flows`, { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      throw await problemFrom(response);
    }
    state.flows = await response.json();
    renderFlows();
  }
  catch {
    el.flowList.replaceChildren(h('li', { class: 'flow-list__error' },
      h('p', { text: 'The guided flows could not be loaded. You can still chat with the coach.' }),
      h('button', { type: 'button', class: 'button button--secondary', onclick: loadFlows, text: 'Try again' })));
  }
  finally {
    el.flowList.setAttribute('aria-busy', 'false');
  }
}

function renderFlows() {
  el.flowList.replaceChildren(...state.flows.map((flow) => {
    const descriptionId = `flow-description-${flow.id}`;
    const steps = flow.steps?.length ?? 0;
    return h('li', { class: 'flow-card', 'data-flow': flow.id },
      h('h3', { class: 'flow-card__title', text: flow.title }),
      h('p', { class: 'flow-card__description', id: descriptionId, text: flow.description }),
      h('div', { class: 'flow-card__footer' },
        h('span', { class: 'flow-card__meta', text: steps === 1 ? '1 step' : `${steps} steps` }),
        h('span', { class: 'flow-card__current', text: 'In progress' }),
        h('button', {
          type: 'button',
          class: 'button button--secondary flow-card__start',
          'data-flow-id': flow.id,
          'aria-describedby': descriptionId,
          onclick: () => startFlow(flow),
        }, h('span', { class: 'flow-card__verb', text: 'Start' }),
        h('span', { class: 'flow-card__name', text: ` ${flow.title}` }))));
  }));
  markCurrentFlow();
  setBusy(state.busy);
}

function flowById(id) {
  return state.flows.find((flow) => flow.id === id) ?? null;
}

function flowByTitle(title) {
  const wanted = title.trim().toLowerCase();
  return state.flows.find((flow) => flow.title.toLowerCase() === wanted) ?? null;
}

function startFlow(flow) {
  send(`Start ${flow.title}`, flow.id);
}

function markCurrentFlow() {
  for (const card of el.flowList.querySelectorAll('.flow-card')) {
    const current = card.dataset.flow === state.currentFlowId;
    card.classList.toggle('flow-card--current', current);
    card.querySelector('.flow-card__verb').textContent = current ? 'Restart' : 'Start';
    if (current) {
      card.setAttribute('aria-current', 'true');
    }
    else {
      card.removeAttribute('aria-current');
    }
  }
}

function setFlowsExpanded(expanded) {
  el.flowsToggle.setAttribute('aria-expanded', String(expanded));
  el.flowsToggle.querySelector('.flows__toggle-text').textContent = expanded ? 'Hide' : 'Show';
  el.flowsAside.classList.toggle('flows--collapsed', !expanded);
}

// ---------------------------------------------------------------- progress and mode

function showProgress(flowStatus) {
  state.currentFlowId = flowStatus?.id ?? null;
  markCurrentFlow();
  if (!flowStatus) {
    el.progress.hidden = true;
    return;
  }
  const flow = flowById(flowStatus.id);
  const index = Math.max(0, (flowStatus.stepNumber ?? 1) - 1);
  const titles = flow?.stepTitles ?? flow?.steps ?? [];
  const stepName = titles[index] ?? flowStatus.step;
  el.progressFlow.textContent = flow?.title ?? flowStatus.id;
  el.progressStep.textContent = `Step ${flowStatus.stepNumber} of ${flowStatus.steps} · ${stepName}`;
  const total = Math.max(flowStatus.steps ?? titles.length, 1);
  const items = [];
  for (let i = 0; i < total; i++) {
    const name = titles[i] ?? `Step ${i + 1}`;
    const position = i < index ? 'done' : (i === index ? 'current' : 'upcoming');
    const label = position === 'done' ? `${name} (done)` : (position === 'current' ? `${name} (current step)` : name);
    items.push(h('li', {
      class: `progress__segment progress__segment--${position}`,
      title: name,
      'aria-current': position === 'current' ? 'step' : null,
    }, h('span', { class: 'visually-hidden', text: label })));
  }
  el.progressSteps.replaceChildren(...items);
  el.progress.hidden = false;
}

function showMode(mode) {
  if (!mode) {
    return;
  }
  const llm = mode.toLowerCase() === 'llm';
  el.mode.textContent = llm ? 'Mode: LLM' : 'Mode: offline';
  el.mode.title = llm
    ? 'Replies are written by a language model and checked before you see them.'
    : 'Replies come from the built-in coach; nothing is sent to a language model.';
  el.mode.className = `mode ${llm ? 'mode--llm' : 'mode--offline'}`;
  el.mode.hidden = false;
}

// ---------------------------------------------------------------- messages

function hideWelcome() {
  if (el.welcome.isConnected) {
    el.welcome.remove();
  }
}

function addUserMessage(text) {
  hideWelcome();
  const message = h('article', { class: 'message message--user', 'data-role': 'user' },
    h('p', { class: 'message__who', text: 'You' }),
    h('div', { class: 'message__body' }, h('p', {}, plainText(text))));
  el.log.append(message);
  scrollToLatest(true);
  return message;
}

function addPending() {
  const pending = h('div', { class: 'message message--assistant message--pending', 'aria-hidden': 'true' },
    h('p', { class: 'message__who', text: 'Coach' }),
    h('div', { class: 'message__body' },
      h('span', { class: 'typing' }, h('span'), h('span'), h('span')),
      h('span', { class: 'typing__text', text: 'The coach is thinking…' })));
  el.log.append(pending);
  scrollToLatest(true);
  return pending;
}

function renderReplyInto(message, markdown) {
  message.querySelector('.message__body').replaceChildren(renderMarkdown(markdown));
}

function assistantFrom(pending) {
  pending.className = 'message message--assistant';
  pending.removeAttribute('aria-hidden');
  pending.setAttribute('data-role', 'assistant');
  return pending;
}

function citationsBlock(citations) {
  if (!citations?.length) {
    return null;
  }
  const id = uniqueId('sources');
  return h('section', { class: 'citations', 'aria-labelledby': id },
    h('h4', { class: 'citations__title', id, text: 'Drawn from' }),
    h('ul', { class: 'citations__list' }, ...citations.map((citation) => h('li', { class: 'citation' },
      h('span', { class: 'citation__title', text: citation.title }),
      h('span', { class: 'citation__where', text: [citation.source, citation.section].filter(Boolean).join(' · ') })))));
}

function signpostItems(services) {
  return services.map((service) => h('li', { class: 'signpost' },
    h('h4', { class: 'signpost__name', text: service.name }),
    h('p', { class: 'signpost__contact', text: service.contact }),
    service.hours ? h('p', { class: 'signpost__hours', text: service.hours }) : null,
    service.description ? h('p', { class: 'signpost__description', text: service.description }) : null,
    service.url && /^https?:\/\//i.test(service.url)
      ? h('p', { class: 'signpost__link' }, h('a', {
        href: service.url, target: '_blank', rel: 'noopener noreferrer',
      }, `Visit ${service.url.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '')}`,
      h('span', { class: 'visually-hidden', text: ' (opens in a new tab)' })))
      : null));
}

function safetyPanel(safety) {
  const level = safety?.level;
  if (level !== 'crisis' && level !== 'distress') {
    return null;
  }
  const crisis = level === 'crisis';
  const id = uniqueId('signposts');
  const services = safety.signposts?.length ? safety.signposts : FALLBACK_SERVICES;
  return h('section', {
    class: `signpost-panel signpost-panel--${level}`,
    role: crisis ? 'alert' : 'region',
    'aria-labelledby': id,
    'data-safety': level,
  },
  h('h3', { class: 'signpost-panel__title', id, text: crisis ? 'Help is available right now' : 'Support if you need it' }),
  h('p', { class: 'signpost-panel__lead', text: crisis
    ? 'You do not have to face this alone. If anyone is in immediate danger, call 999 now.'
    : 'What you are carrying sounds heavy. These services are free and confidential, whenever you want them.' }),
  h('ul', { class: 'signposts' }, ...signpostItems(services)));
}

function noticeBlock(error, retry) {
  const notice = h('div', { class: 'notice', 'data-role': 'notice' });
  let text;
  if (error instanceof ApiError) {
    if (error.status === 503) {
      const wait = error.retryAfterSeconds ?? 5;
      text = `The coach is busy just now. Please try again in ${wait} second${wait === 1 ? '' : 's'}.`;
    }
    else if (error.status === 409) {
      text = 'The coach is still answering your last message. Please wait a moment and try again.';
    }
    else {
      text = [error.title, error.detail].filter(Boolean).join(': ');
    }
  }
  else {
    text = 'The coach could not be reached. Check your connection (or that the service is running) and try again.';
  }
  notice.append(h('p', { class: 'notice__text' },
    h('strong', { text: 'Sorry, that did not go through. ' }), document.createTextNode(text)));
  const retryable = retry && (!(error instanceof ApiError) || error.status === 503 || error.status === 409
      || error.status >= 500);
  if (retryable) {
    const button = h('button', {
      type: 'button', class: 'button button--secondary notice__retry', text: 'Try again',
      onclick: () => {
        notice.remove();
        retry();
      },
    });
    const wait = error instanceof ApiError ? (error.retryAfterSeconds ?? 0) : 0;
    if (wait > 0) {
      button.disabled = true;
      setTimeout(() => { button.disabled = false; }, wait * 1000);
    }
    notice.append(button);
  }
  return notice;
}

// ---------------------------------------------------------------- suggestions

function showSuggestions(suggestions) {
  const chips = (suggestions ?? []).filter((text) => typeof text === 'string' && text.trim() !== '');
  el.suggestions.replaceChildren(...chips.map((text) => h('button', {
    type: 'button', class: 'chip', text,
    onclick: () => useSuggestion(text),
  })));
  el.suggestions.hidden = chips.length === 0;
}

function useSuggestion(text) {
  if (state.busy) {
    return;
  }
  const start = /^start:\s*(.+)$/i.exec(text.trim());
  const flow = start ? flowByTitle(start[1]) : null;
  if (flow) {
    startFlow(flow);
  }
  else {
    send(text);
  }
}

// ---------------------------------------------------------------- a turn

function setBusy(busy) {
  state.busy = busy;
  el.send.disabled = busy;
  el.log.setAttribute('aria-busy', String(busy));
  for (const button of document.querySelectorAll('.flow-card__start, .chip')) {
    button.disabled = busy;
  }
  const haveConversation = state.conversationId !== null;
  el.exportButton.disabled = busy || !haveConversation;
  el.forgetButton.disabled = busy || !haveConversation;
}

function send(text, flowId = null) {
  if (state.busy) {
    return;
  }
  if (narrow.matches) {
    // On a phone the conversation matters more than the list once it has begun.
    setFlowsExpanded(false);
  }
  addUserMessage(text);
  runTurn({ conversationId: state.conversationId, message: text, flow: flowId });
}

async function runTurn(body) {
  setBusy(true);
  showSuggestions([]);
  announce('');
  state.breathing?.stop();
  const pending = addPending();
  let message = null;
  let text = '';
  let finished = false;
  try {
    await postEventStream(`${API}/chat/stream`, body, (event, data) => {
      if (event === 'delta') {
        text += JSON.parse(data).text ?? '';
        message = message ?? assistantFrom(pending);
        renderReplyInto(message, text);
        scrollToLatest();
      }
      else if (event === 'done') {
        message = message ?? assistantFrom(pending);
        finish(message, JSON.parse(data));
        finished = true;
      }
    });
    if (!finished) {
      throw new Error('The reply stopped before it was complete.');
    }
  }
  catch (error) {
    if (!message) {
      pending.remove();
    }
    el.log.append(noticeBlock(error, () => {
      if (message) {
        message.remove();
      }
      runTurn(body);
    }));
    scrollToLatest(true);
  }
  finally {
    setBusy(false);
    // A chip or a Start button that was pressed is gone now: keep keyboard users in the message box.
    if (!document.activeElement || document.activeElement === document.body) {
      el.message.focus({ preventScroll: true });
    }
  }
}

function finish(message, response) {
  state.conversationId = response.conversationId ?? state.conversationId;
  renderReplyInto(message, response.reply ?? '');
  const sources = citationsBlock(response.citations);
  if (sources) {
    message.append(sources);
  }
  showMode(response.mode);
  showProgress(response.flow);
  const panel = safetyPanel(response.safety);
  if (panel) {
    message.after(panel);
  }
  if (wantsBreathingCue(response)) {
    state.breathing = new BreathingCue(response.breathing);
    (panel ?? message).after(state.breathing.element);
  }
  showSuggestions(response.suggestions);
  scrollToLatest(true);
  if (response.safety?.level === 'crisis') {
    panel?.scrollIntoView({ block: 'nearest' });
  }
}

function wantsBreathingCue(response) {
  if (response.breathing) {
    return true;
  }
  return response.flow?.id === 'power-of-the-pause' && response.flow?.step === 'stop-and-breathe'
      && response.safety?.level !== 'crisis';
}

// ---------------------------------------------------------------- export and forget

async function exportConversation() {
  if (!state.conversationId) {
    return;
  }
  el.exportButton.disabled = true;
  try {
    const response = await fetch(`${API}/conversations/${encodeURIComponent(state.conversationId)}/export`,
      { headers: { Accept: 'text/markdown' } });
    if (response.status === 404) {
      announce('This conversation has expired on the service, so there is nothing to export. Start a new one whenever you are ready.');
      return;
    }
    if (!response.ok) {
      throw await problemFrom(response);
    }
    const blob = new Blob([await response.text()], { type: 'text/markdown;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = h('a', { href: url, download: 'compassion-coach.md', class: 'visually-hidden' });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    announce('Your plan was downloaded as compassion-coach.md.');
  }
  catch (error) {
    announce(`The export did not work${error instanceof ApiError && error.detail ? `: ${error.detail}` : ''}. Please try again.`);
  }
  finally {
    el.exportButton.disabled = state.busy || state.conversationId === null;
  }
}

async function forgetConversation() {
  if (!state.conversationId) {
    return;
  }
  el.forgetButton.disabled = true;
  try {
    const response = await fetch(`${API}/conversations/${encodeURIComponent(state.conversationId)}`, { method: 'DELETE' });
    if (!response.ok && response.status !== 404) {
      throw await problemFrom(response);
    }
    resetView();
    announce('This conversation has been forgotten. You can start afresh whenever you like.');
    el.message.focus();
  }
  catch {
    announce('The conversation could not be forgotten just now. Please try again.');
    el.forgetButton.disabled = state.busy || state.conversationId === null;
  }
}

function resetView() {
  state.breathing?.stop();
  state.breathing = null;
  state.conversationId = null;
  el.log.replaceChildren(el.welcome);
  showSuggestions([]);
  showProgress(null);
  el.message.value = '';
  fitMessageBox();
  setBusy(false);
}

// ---------------------------------------------------------------- support directory

async function openSupport() {
  if (!state.directoryLoaded) {
    el.supportList.replaceChildren(...signpostItems(FALLBACK_SERVICES));
    el.supportDialog.showModal();
    state.directoryLoaded = true;
    try {
      const response = await fetch(`${API}/support-services`, { headers: { Accept: 'application/json' } });
      if (response.ok) {
        const body = await response.json();
        const services = Array.isArray(body) ? body : (body.services ?? body.signposts ?? []);
        const usable = services.filter((service) => service?.name && service?.contact);
        if (usable.length > 0) {
          el.supportList.replaceChildren(...signpostItems(usable));
        }
      }
    }
    catch {
      // The built-in list above stays: it is what a person needs if the service is unreachable.
    }
    return;
  }
  el.supportDialog.showModal();
}

// ---------------------------------------------------------------- wiring

el.form.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = el.message.value.trim();
  if (state.busy) {
    return;
  }
  if (text === '') {
    announce('Type a message first, then press Send.');
    el.message.focus();
    return;
  }
  el.message.value = '';
  fitMessageBox();
  send(text);
  el.message.focus();
});

// The box grows with what is typed, up to the CSS max-height, so a long draft stays readable.
function fitMessageBox() {
  el.message.style.height = 'auto';
  el.message.style.height = `${el.message.scrollHeight + 4}px`;
}

el.message.addEventListener('input', fitMessageBox);

el.message.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    el.form.requestSubmit();
  }
});

document.querySelector('.skip-link').addEventListener('click', (event) => {
  event.preventDefault();
  el.message.focus();
});

el.flowsToggle.addEventListener('click', () => {
  setFlowsExpanded(el.flowsToggle.getAttribute('aria-expanded') !== 'true');
});

el.exportButton.addEventListener('click', exportConversation);
el.forgetButton.addEventListener('click', forgetConversation);
el.supportOpen.addEventListener('click', openSupport);
el.supportClose.addEventListener('click', () => el.supportDialog.close());
el.supportDialog.addEventListener('click', (event) => {
  if (event.target === el.supportDialog) {
    el.supportDialog.close();
  }
});

setFlowsExpanded(true);
setBusy(false);
loadFlows();
