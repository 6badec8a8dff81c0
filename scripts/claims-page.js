// The sentences a page of cie-widgets shows a citizen, and where each comes from: run in
// the browser by `npm run claims` (scripts/claims.mjs, on the built CDN folder) and by
// test/claims.test.ts (on the sources), so the ledger and its guard read a page alike.
// Plain JavaScript without imports: the script hands it to the page as it is.

const SITUATIONS = ['pin-forgotten', 'pin-blocked', 'puk-lost', 'both-lost', 'no-contacts', 'activate', 'update-contacts'];

/**
 * The tags of a ledger's page: the guide once per situation and as the service card, both
 * forms (the contact update where the settings have it), the contacts card, the booking card.
 * `source` is the attribute naming the settings (`comune="trento"`).
 */
export function claimsPageTags(source, withContactUpdate) {
  return [
    ...SITUATIONS.map((situation) => `<cie-procedure-guide ${source} situation="${situation}"></cie-procedure-guide>`),
    `<cie-procedure-guide ${source} mode="service-card"></cie-procedure-guide>`,
    `<cie-reprint-form ${source}></cie-reprint-form>`,
    ...(withContactUpdate ? [`<cie-contact-update-form ${source}></cie-contact-update-form>`] : []),
    `<cie-contacts-card ${source}></cie-contacts-card>`,
    `<cie-appointment-link ${source}></cie-appointment-link>`,
  ].join('\n');
}

/** The sentences of a ledger file (src/presets/<id>.claims.txt): each line's text before its sources; `#` lines are the review's notes. */
export const ledgerSentences = (text) =>
  text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.split('  ⟵ ')[0]);

/** Elements whose text is one thing said: a paragraph, an item, a heading, a label… */
const BLOCKS = new Set(['P', 'LI', 'DT', 'DD', 'LEGEND', 'LABEL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TH', 'TD', 'CAPTION', 'SUMMARY', 'BUTTON', 'OPTION', 'ADDRESS']);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE']);

const isBlock = (el) => BLOCKS.has(el.tagName) || el.getAttribute('role') === 'heading';
/**
 * Not read here: what is hidden, and live regions, which say what just happened (a path that
 * appeared, a text still loading) and repeat what the page shows.
 */
const hidden = (el) => el.closest('[aria-hidden="true"], [hidden], [role="status"], [role="alert"]') !== null;

/** The element's visible words, through its shadow root and slots, whitespace collapsed. */
function textOf(node) {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  if (node.nodeType !== Node.ELEMENT_NODE || SKIPPED.has(node.tagName)) return '';
  if (node.tagName === 'SLOT') return node.assignedNodes({ flatten: true }).map(textOf).join('');
  const children = node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
  return [...children].map(textOf).join('');
}

/** Every block of text under `root` (light DOM and shadow roots), once each, in reading order. */
export function sentencesIn(root) {
  const found = [];
  const visit = (node) => {
    if (node.nodeType !== Node.ELEMENT_NODE || SKIPPED.has(node.tagName) || hidden(node)) return;
    if (isBlock(node) && ![...node.querySelectorAll('*')].some(isBlock)) {
      const text = textOf(node).replace(/\s+/g, ' ').trim();
      if (text) found.push(text);
      return;
    }
    for (const child of node.shadowRoot ? node.shadowRoot.children : []) visit(child);
    for (const child of node.children) visit(child);
  };
  visit(root);
  return [...new Set(found)];
}

/** Fields whose values are names of choices (`email`, `working-days`), not words a citizen reads. */
const CHOICES = /(^|\.)(type|unit|id|\$schema|schemaVersion|seal|codes|days(\[\d+\])?|opens|closes)$/;

/** Every text value of the settings a citizen may read, with its path (`requests.reprint.outcome.it`). */
function settingsTexts(value, path = '') {
  if (typeof value === 'string') return value.length >= 4 && !CHOICES.test(path) && !/^(https?|mailto|tel):/.test(value) ? [[path, value]] : [];
  if (typeof value === 'number') return [];
  if (Array.isArray(value)) return value.flatMap((item, i) => settingsTexts(item, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => settingsTexts(item, path ? `${path}.${key}` : key));
  return [];
}

/**
 * Where each sentence comes from: the settings fields whose text it shows, the national facts
 * it states (`national`: fact → its page and the words that state it, from src/national.ts),
 * or the widgets' own wording when it states neither (a question, a label, a step's verb).
 */
export function ledger(sentences, settings, national) {
  const fields = settingsTexts(settings);
  return sentences.map((sentence) => {
    const sources = [
      ...fields.filter(([, text]) => sentence.includes(text)).map(([path]) => `settings ${path}`),
      ...Object.entries(national)
        .filter(([, fact]) => fact.says.some((words) => new RegExp(words, 'i').test(sentence)))
        .map(([name, fact]) => `national ${name} (${fact.page}, ${fact.verified})`),
    ];
    return { sentence, sources: sources.length ? [...new Set(sources)] : ['wording of the widgets'] };
  });
}
