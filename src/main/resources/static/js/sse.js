// Server-sent events over a POST: EventSource can only GET, so read the fetch body ourselves.

/** An API error carrying the problem details (RFC 9457) the service sent. */
export class ApiError extends Error {
  constructor(status, title, detail, retryAfterSeconds) {
    super(detail || title || `HTTP ${status}`);
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** Reads problem details from a failed response, tolerating bodies that are not JSON. */
export async function problemFrom(response) {
  let title = response.statusText;
  let detail = '';
  try {
    const body = await response.json();
    title = body.title || title;
    detail = body.detail || '';
  }
  catch {
    // Not problem+json (a proxy's error page, say): the status line is all we have.
  }
  const retryAfter = Number.parseInt(response.headers.get('Retry-After') ?? '', 10);
  return new ApiError(response.status, title, detail, Number.isFinite(retryAfter) ? retryAfter : null);
}

/**
 * POSTs JSON and calls onEvent(name, data) for each server-sent event as it arrives.
 * Resolves when the stream ends; rejects with an ApiError for a non-2xx answer.
 */
export async function postEventStream(url, body, onEvent, signal) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
    body: JSON.stringify(body),
    signal,
  });
  if (!response.ok) {
    throw await problemFrom(response);
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    buffer += decoder.decode(value ?? new Uint8Array(), { stream: !done });
    let boundary = nextBoundary(buffer);
    while (boundary) {
      dispatch(buffer.slice(0, boundary.index), onEvent);
      buffer = buffer.slice(boundary.index + boundary.length);
      boundary = nextBoundary(buffer);
    }
    if (done) {
      if (buffer.trim() !== '') {
        dispatch(buffer, onEvent);
      }
      return;
    }
  }
}

function nextBoundary(buffer) {
  const match = /\r\n\r\n|\n\n|\r\r/.exec(buffer);
  return match ? { index: match.index, length: match[0].length } : null;
}

function dispatch(block, onEvent) {
  let name = 'message';
  const data = [];
  for (const line of block.split(/\r\n|\n|\r/)) {
    if (line === '' || line.startsWith(':')) {
      continue;
    }
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) {
      value = value.slice(1);
    }
    if (field === 'event') {
      name = value;
    }
    else if (field === 'data') {
      data.push(value);
    }
  }
  if (data.length > 0) {
    onEvent(name, data.join('\n'));
  }
}
