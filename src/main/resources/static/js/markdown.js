// A small, safe Markdown renderer for the coach's replies.
// It never parses HTML: every piece of text becomes a DOM text node, so a reply (or a user's
// words echoed in it) cannot inject markup. It covers what the coach writes: headings,
// paragraphs, bullet and numbered lists, block quotes, rules, bold, italics, inline code and links.

const SAFE_LINK = /^(https?:|mailto:|tel:)/i;

/** Renders Markdown into a DocumentFragment. */
export function renderMarkdown(markdown) {
  const fragment = document.createDocumentFragment();
  const lines = String(markdown ?? '').replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line.trim() === '') {
      i++;
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      // Replies sit under the page's own headings, so their headings start at level 4.
      const level = Math.min(6, heading[1].length + 3);
      fragment.append(inlineElement(`h${level}`, heading[2].replace(/\s+#+\s*$/, '')));
      i++;
      continue;
    }
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) {
      fragment.append(document.createElement('hr'));
      i++;
      continue;
    }
    if (/^\s*>/.test(line)) {
      const quoted = [];
      while (i < lines.length && /^\s*>/.test(lines[i])) {
        quoted.push(lines[i].replace(/^\s*>\s?/, ''));
        i++;
      }
      const quote = document.createElement('blockquote');
      quote.append(renderMarkdown(quoted.join('\n')));
      fragment.append(quote);
      continue;
    }
    const listStart = listItem(line);
    if (listStart) {
      const list = document.createElement(listStart.ordered ? 'ol' : 'ul');
      if (listStart.ordered && listStart.start !== 1) {
        list.start = listStart.start;
      }
      let item = null;
      while (i < lines.length) {
        const current = lines[i];
        const next = listItem(current);
        if (next && next.ordered === listStart.ordered) {
          item = inlineElement('li', next.text);
          list.append(item);
          i++;
        }
        else if (item && current.trim() !== '' && /^\s+\S/.test(current) && !listItem(current)) {
          item.append(document.createElement('br'), renderInline(current.trim()));
          i++;
        }
        else {
          break;
        }
      }
      fragment.append(list);
      continue;
    }
    const paragraph = [];
    while (i < lines.length && lines[i].trim() !== '' && !startsBlock(lines[i])) {
      paragraph.push(lines[i].trim());
      i++;
    }
    const p = document.createElement('p');
    paragraph.forEach((text, index) => {
      if (index > 0) {
        p.append(document.createElement('br'));
      }
      p.append(renderInline(text));
    });
    fragment.append(p);
  }
  return fragment;
}

function startsBlock(line) {
  return /^(#{1,6})\s/.test(line) || /^\s*>/.test(line) || listItem(line) !== null
      || /^\s*([-*_])(\s*\1){2,}\s*$/.test(line);
}

function listItem(line) {
  const bullet = /^\s{0,3}[-*+]\s+(.*)$/.exec(line);
  if (bullet) {
    return { ordered: false, text: bullet[1] };
  }
  const numbered = /^\s{0,3}(\d{1,9})[.)]\s+(.*)$/.exec(line);
  if (numbered) {
    return { ordered: true, start: Number(numbered[1]), text: numbered[2] };
  }
  return null;
}

function inlineElement(tag, text) {
  const element = document.createElement(tag);
  element.append(renderInline(text));
  return element;
}

// Inline spans, found left to right: `code`, [text](url), **bold** / __bold__, *italic* / _italic_.
const INLINE = /`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)|\*\*(?=\S)([\s\S]*?\S)\*\*|__(?=\S)([\s\S]*?\S)__|\*(?=[^\s*])([^*]*?[^\s*]|[^\s*])\*|(?<![\p{L}\p{N}])_(?=[^\s_])([^_]*?[^\s_]|[^\s_])_(?![\p{L}\p{N}])/u;

/** Renders one line of inline Markdown into a DocumentFragment of text and safe elements. */
export function renderInline(text) {
  const fragment = document.createDocumentFragment();
  let rest = String(text ?? '');
  while (rest.length > 0) {
    const match = INLINE.exec(rest);
    if (!match) {
      fragment.append(document.createTextNode(rest));
      break;
    }
    if (match.index > 0) {
      fragment.append(document.createTextNode(rest.slice(0, match.index)));
    }
    const [whole, code, linkText, href, bold1, bold2, italic1, italic2] = match;
    if (code !== undefined) {
      const element = document.createElement('code');
      element.textContent = code;
      fragment.append(element);
    }
    else if (linkText !== undefined) {
      if (SAFE_LINK.test(href)) {
        const link = document.createElement('a');
        link.href = href;
        if (/^https?:/i.test(href)) {
          link.target = '_blank';
          link.rel = 'noopener noreferrer';
        }
        link.append(renderInline(linkText));
        fragment.append(link);
      }
      else {
        fragment.append(renderInline(linkText));
      }
    }
    else if (bold1 !== undefined || bold2 !== undefined) {
      fragment.append(inlineElement('strong', bold1 ?? bold2));
    }
    else {
      fragment.append(inlineElement('em', italic1 ?? italic2));
    }
    rest = rest.slice(match.index + whole.length);
  }
  return fragment;
}
