// Does an endpoint answer as the forms expect? Sends the contract's sample requests (the
// examples in dist/openapi.json, with fresh keys) and reads the answers with the very
// code the forms read them with. For a comune's software house, against its own PHP or
// Java endpoint: `npm run check-endpoint -- <url> --origin <the comune's site>`.
import { CONTACT_UPDATE_EXAMPLE, REPRINT_EXAMPLE } from '../src/requests/contract-examples.js';
import { pathKeys } from '../src/requests/request-payload.js';
import type { CieRequest } from '../src/requests/schema.js';
import { fieldErrorsOf } from '../src/transport/field-errors.js';
import { isJsonType, reference as formReference } from '../src/transport/submit.js';

export interface CheckOptions {
  /** The endpoint, as in the comune's settings (`requests.<request>.channel.url`). */
  url: string;
  /** The comune's settings id, sent as `comune`. */
  comune: string;
  /** The comune's site, whose pages post here: the CORS answers are checked for it. */
  origin?: string;
  /** The per-file limit the comune's settings give (`attachments.maxFileSizeMb`). */
  maxFileMb?: number;
  /** Headers the comune's settings add to the channel (`requests.<request>.channel.headers`): the preflight must allow them. */
  headers?: Record<string, string>;
}

export interface CheckResult {
  point: string;
  ok: boolean;
  /** What differs from the contract, in words; what was seen when it passed. */
  detail: string;
}

// The smallest files each accepted type starts with: the endpoint should judge them by these bytes.
const PDF = new TextEncoder().encode('%PDF-1.4\n%\u00e2\u00e3\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]);

type Part = { name: 'cardFront' | 'cardBack'; fileName: string; type: string; bytes: Uint8Array };

function sample(example: CieRequest, comune: string, parts: Part[], change?: (request: CieRequest) => void): CieRequest {
  const request = structuredClone(example);
  request.comune = comune;
  request.idempotencyKey = crypto.randomUUID();
  request.submittedAt = new Date().toISOString();
  request.attachments = parts.map((p) => ({ part: p.name, name: p.fileName, type: p.type as CieRequest['attachments'][number]['type'], size: p.bytes.length }));
  change?.(request);
  return request;
}

interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
  text: string;
}

async function post(o: CheckOptions, request: CieRequest, parts: Part[], key = request.idempotencyKey): Promise<Answer> {
  const headers: Record<string, string> = { ...o.headers, 'Idempotency-Key': key, Accept: 'application/json' };
  if (o.origin) headers.Origin = o.origin;
  let body: BodyInit;
  if (parts.length) {
    const form = new FormData();
    form.set('request', new Blob([JSON.stringify(request)], { type: 'application/json' }));
    for (const p of parts) form.set(p.name, new Blob([p.bytes as Uint8Array<ArrayBuffer>], { type: p.type }), p.fileName);
    body = form;
  } else {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(request);
  }
  const response = await fetch(o.url, { method: 'POST', headers, body, redirect: 'manual' });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, body: json, text };
}

const said = (a: Answer) => `${a.status} ${a.headers.get('content-type') ?? '(no content type)'} ${a.text.slice(0, 160).replace(/\s+/g, ' ')}`;

/** The reference the forms accept, by their own rule: a JSON answer (by its Content-Type) with a readable string of at most 80 characters. */
function referenceOf(a: Answer): string | undefined {
  return isJsonType(a.headers.get('content-type')) ? formReference(a.body) : undefined;
}

function corsProblem(o: CheckOptions, a: Answer): string | undefined {
  if (!o.origin) return undefined;
  const allowed = a.headers.get('access-control-allow-origin');
  if (allowed !== o.origin && allowed !== '*') return `Access-Control-Allow-Origin is ${allowed ?? 'missing'}, not ${o.origin}: the browser would hide this answer from the form`;
  return undefined;
}

/** A site no comune owns: an endpoint that lets its pages post lets any page send requests in its visitors' names. */
const FOREIGN_ORIGIN = 'https://not-the-comune.example';

/** How many requests with one key the race point sends at once: a double click, a retry and a second tab, many times over. */
const AT_ONCE = 20;

/** Refused as the contract says for a request that must not be recorded: 400, 403 or 422, never a reference. */
const refused = (a: Answer) => [400, 403, 422].includes(a.status) && !referenceOf(a);

/** Whether a field error names `expected` (payload keys), in any notation the forms read. */
const names = (a: Answer, expected: string[][]) =>
  fieldErrorsOf(a.body).some(({ field }) => expected.some((keys) => pathKeys(field).join('.') === keys.join('.').toLowerCase()));

export async function checkEndpoint(o: CheckOptions): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  const check = async (point: string, run: () => Promise<string | { fail: string }>) => {
    try {
      const outcome = await run();
      results.push(typeof outcome === 'string' ? { point, ok: true, detail: outcome } : { point, ok: false, detail: outcome.fail });
    } catch (error) {
      results.push({ point, ok: false, detail: `no answer: ${(error as Error).message}` });
    }
  };
  const both: Part[] = [
    { name: 'cardFront', fileName: 'fronte.pdf', type: 'application/pdf', bytes: PDF },
    { name: 'cardBack', fileName: 'retro.jpg', type: 'image/jpeg', bytes: JPEG },
  ];

  await check('CORS preflight from the comune\'s site', async () => {
    if (!o.origin) return 'not checked: give --origin <the comune\'s site> (needed whenever the page and the endpoint are on different hosts)';
    const response = await fetch(o.url, {
      method: 'OPTIONS',
      headers: { Origin: o.origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': ['content-type', 'idempotency-key', ...Object.keys(o.headers ?? {})].join(',').toLowerCase() },
    });
    const allowOrigin = response.headers.get('access-control-allow-origin');
    const methods = (response.headers.get('access-control-allow-methods') ?? '').toLowerCase();
    const allowHeaders = (response.headers.get('access-control-allow-headers') ?? '').toLowerCase();
    const problems = [
      ...(response.ok ? [] : [`status ${response.status}, not 2xx`]),
      ...(allowOrigin === o.origin || allowOrigin === '*' ? [] : [`Access-Control-Allow-Origin is ${allowOrigin ?? 'missing'}`]),
      ...(methods.includes('post') || methods.includes('*') ? [] : ['Access-Control-Allow-Methods lacks POST']),
      ...['idempotency-key', 'content-type', ...Object.keys(o.headers ?? {})]
        .filter((h) => !allowHeaders.split(',').map((a) => a.trim()).some((a) => a === h.toLowerCase() || a === '*'))
        .map((h) => `Access-Control-Allow-Headers lacks ${h}`),
    ];
    return problems.length ? { fail: problems.join('; ') } : `${response.status}, allows ${o.origin}`;
  });

  await check('CORS for a site that is not the comune\'s', async () => {
    const response = await fetch(o.url, {
      method: 'OPTIONS',
      headers: { Origin: FOREIGN_ORIGIN, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,idempotency-key' },
    });
    const allowOrigin = response.headers.get('access-control-allow-origin');
    if (allowOrigin === FOREIGN_ORIGIN) return { fail: `the preflight from ${FOREIGN_ORIGIN} is answered with its own origin: the endpoint reflects any site, so any page can send requests in its visitors' names; allow only the comune's sites` };
    if (allowOrigin === '*') return { fail: 'Access-Control-Allow-Origin is *: any site\'s pages may post here; allow only the comune\'s sites' };
    return `${response.status}, ${FOREIGN_ORIGIN} not allowed`;
  });

  const reprint = sample(REPRINT_EXAMPLE, o.comune, both);
  let reference: string | undefined;
  await check('A reprint with both sides of the card (multipart)', async () => {
    const a = await post(o, reprint, both);
    reference = referenceOf(a);
    if ((a.status !== 201 && a.status !== 200) || !reference) return { fail: `expected 201 (or 200) with Content-Type application/json and a "reference" string of at most 80 characters (the form reads nothing else); got ${said(a)}` };
    const cors = corsProblem(o, a);
    if (cors) return { fail: cors };
    // Without it the form cannot read when to try again after a 429, and says "in a few minutes".
    const exposed = (a.headers.get('access-control-expose-headers') ?? '').toLowerCase();
    if (o.origin && !exposed.includes('retry-after')) return { fail: 'Access-Control-Expose-Headers lacks Retry-After: the form cannot read how long to wait after a 429' };
    return `${a.status}, reference ${reference}`;
  });

  await check('The same Idempotency-Key again (a retry)', async () => {
    const a = await post(o, reprint, both);
    const again = referenceOf(a);
    if (![409, 200, 201].includes(a.status) || !again) return { fail: `expected 409 with the first reference; got ${said(a)}` };
    if (reference && again !== reference) return { fail: `a retry got a new reference (${again}, first ${reference}): it would be recorded twice` };
    return `${a.status}, the same reference`;
  });

  await check(`${AT_ONCE} requests with one Idempotency-Key at once`, async () => {
    const once = sample(REPRINT_EXAMPLE, o.comune, both);
    const answers = await Promise.all(Array.from({ length: AT_ONCE }, () => post(o, once, both)));
    const unread = answers.filter((a) => ![200, 201, 409].includes(a.status) || !referenceOf(a));
    if (unread.length) return { fail: `${unread.length} of ${AT_ONCE} got no reference the form reads; first: ${said(unread[0])}` };
    const references = new Set(answers.map(referenceOf));
    if (references.size > 1) return { fail: `${references.size} different references for one key: the same request was recorded ${references.size} times (check and insert under one lock, or a unique key per comune)` };
    return `one reference for all ${AT_ONCE}`;
  });

  await check('The trap field filled (a bot)', async () => {
    const bot = sample(REPRINT_EXAMPLE, o.comune, both, (r) => (r.form.honeypot = 'https://spam.example'));
    const a = await post(o, bot, both);
    return refused(a) ? `${a.status}, not recorded` : { fail: `expected 400: form.honeypot is filled only by bots; got ${said(a)}` };
  });

  await check('A form sent 2 seconds after it appeared', async () => {
    const quick = sample(REPRINT_EXAMPLE, o.comune, both, (r) => (r.form.secondsToFill = 2));
    const a = await post(o, quick, both);
    return refused(a) ? `${a.status}, not recorded` : { fail: `expected 400: no person reads and fills the form in 2 seconds (form.secondsToFill); got ${said(a)}` };
  });

  await check('A request for another comune', async () => {
    const other = sample(REPRINT_EXAMPLE, `${o.comune}-altro`, both);
    const a = await post(o, other, both);
    return refused(a) ? `${a.status}, not recorded` : { fail: `expected 400 naming comune: this endpoint is ${o.comune}'s, the request says "${other.comune}"; got ${said(a)}` };
  });

  await check('A contact update by a delegate, with the card\'s front', async () => {
    const front = [both[0]];
    const a = await post(o, sample(CONTACT_UPDATE_EXAMPLE, o.comune, front), front);
    return [200, 201].includes(a.status) && referenceOf(a) ? `${a.status}, reference ${referenceOf(a)}` : { fail: `expected 201 with a reference; got ${said(a)}` };
  });

  await check('A codice fiscale to correct (JSON body)', async () => {
    const bad = sample(CONTACT_UPDATE_EXAMPLE, o.comune, [], (r) => (r.holder.codiceFiscale = 'RSSMRA70A01H501X'));
    const a = await post(o, bad, []);
    if (a.status !== 400 && a.status !== 422) return { fail: `expected 400 or 422 naming holder.codiceFiscale; got ${said(a)}` };
    return names(a, [['holder', 'codiceFiscale']])
      ? `${a.status}, shown on the holder's codice fiscale`
      : { fail: `${a.status}, but no error the form can place on holder.codiceFiscale (read: ${JSON.stringify(fieldErrorsOf(a.body))}); the citizen would see only a generic refusal` };
  });

  await check('A file that is not what its name says', async () => {
    const fake: Part[] = [{ ...both[0], bytes: new TextEncoder().encode('<html>not a pdf</html>') }, both[1]];
    const a = await post(o, sample(REPRINT_EXAMPLE, o.comune, fake), fake);
    if (a.status !== 400 && a.status !== 422) return { fail: `expected 400 or 422 naming the card's front; got ${said(a)}` };
    return names(a, [['attachments', '0'], ['cardFront']]) ? `${a.status}, shown on the card's front` : { fail: `${a.status}, but not on attachments[0] or cardFront` };
  });

  await check('A file over the size limit', async () => {
    const mb = o.maxFileMb ?? 5;
    const big = new Uint8Array(Math.round(mb * 1024 * 1024) + 1024);
    big.set(PDF);
    const large: Part[] = [{ ...both[0], bytes: big }, both[1]];
    const a = await post(o, sample(REPRINT_EXAMPLE, o.comune, large), large);
    if (a.status === 413) return '413';
    if ((a.status === 400 || a.status === 422) && names(a, [['attachments', '0'], ['cardFront']])) return `${a.status}, shown on the card's front`;
    return { fail: `expected 413 (or 400 naming the file) for ${mb} MB + 1 KB; got ${said(a)}` };
  });

  return results;
}

/** The results as a reader scans them: one line a point, what differs under it. */
export function reportText(url: string, results: CheckResult[]): string {
  const lines = results.map((r) => `${r.ok ? 'PASS' : 'FAIL'}  ${r.point}\n      ${r.detail}`);
  const failed = results.filter((r) => !r.ok).length;
  return [`Checking ${url} against the cie-widgets endpoint contract (dist/openapi.json)`, '', ...lines, '', failed ? `${failed} of ${results.length} points differ from the contract.` : `All ${results.length} points answer as the contract says.`].join('\n');
}
