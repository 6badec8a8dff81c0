// Real HTTP endpoints served by the test runner itself, so some tests talk to a real
// server rather than a mock: a settings file whose fetches are counted, and a request
// endpoint that parses what the widgets send (JSON or multipart, files included).
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { hintedFiles, hintLines } from '../../scripts/preload-hints.js';
import { bookingSystems } from './booking-systems.mjs';

const settingsFetches = new Map();
/** Requests received, by Idempotency-Key: every attempt, as the server saw it. */
const received = new Map();

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** The blocks of data besides the picture a file holds: a phone's EXIF (with its GPS position), XMP, PNG text. */
const METADATA_MARKERS = ['Exif', 'http://ns.adobe.com/xap/', 'tEXt', 'iTXt', 'zTXt', 'eXIf'];

/** What arrived, in a form a test can compare: fields as text, files by name, type, size, hash and metadata blocks. */
async function describeBody(ctx, raw) {
  const contentType = ctx.get('content-type');
  if (!contentType.startsWith('multipart/form-data')) return { contentType, json: JSON.parse(raw.toString('utf8')) };
  const form = await new Request('http://localhost/', { method: 'POST', headers: { 'content-type': contentType }, body: raw }).formData();
  const parts = {};
  for (const [name, value] of form.entries()) {
    if (typeof value === 'string') parts[name] = { text: value };
    else {
      const bytes = Buffer.from(await value.arrayBuffer());
      parts[name] = { filename: value.name, type: value.type, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), metadata: METADATA_MARKERS.filter((marker) => bytes.includes(marker)), text: name === 'request' ? bytes.toString('utf8') : undefined };
    }
  }
  return { contentType: 'multipart/form-data', parts };
}

/**
 * The built CDN folder byte for byte, as a CDN serves it: the test server rewrites the
 * JavaScript it serves (session ids in imports), which a Subresource Integrity hash refuses.
 */
async function serveCdnFolder(ctx) {
  // /test-api/cdn-slow/<visit>/: the same folder on a slow network, where each element's
  // files come 800 ms after the loader (what a page looks like before its elements are
  // defined); <visit> is any word, so that each test page starts with nothing cached.
  // /test-api/cdn-without/<name>/: the folder with the chunk <name>-*.js missing (a copy
  // uploaded incomplete, a CDN that lost a file).
  // /test-api/cdn-far/<visit>/: a CDN far away, where every file takes 400 ms (a round trip you can count).
  const slow = ctx.path.startsWith('/test-api/cdn-slow/');
  const far = ctx.path.startsWith('/test-api/cdn-far/');
  const without = /^\/test-api\/cdn-without\/([\w-]+)\//.exec(ctx.path)?.[1];
  const prefix = slow ? '/test-api/cdn-slow/' : far ? '/test-api/cdn-far/' : without ? `/test-api/cdn-without/${without}/` : '/test-api/cdn/';
  const path = decodeURIComponent(ctx.path.slice(prefix.length)).replace(slow || far ? /^[\w-]+\// : /^$/, '');
  if (path.includes('..')) return false;
  if (without && path.split('/').pop().startsWith(`${without}-`)) return false;
  if (slow && path.includes('/elements/')) await new Promise((resolve) => setTimeout(resolve, 800));
  if (far) await new Promise((resolve) => setTimeout(resolve, 400));
  try {
    ctx.body = await readFile(new URL(`../../dist/cdn/${path}`, import.meta.url));
  } catch {
    return false;
  }
  ctx.type = path.endsWith('.js') ? 'text/javascript' : path.endsWith('.json') ? 'application/json' : path.endsWith('.css') ? 'text/css' : 'text/plain';
  return true;
}

/** `text` a byte at a time, `ms` apart. */
async function* trickled(text, ms) {
  for (const byte of Buffer.from(text)) {
    await new Promise((resolve) => setTimeout(resolve, ms));
    yield Buffer.from([byte]);
  }
}

export async function testEndpoints(ctx, next) {
  if (ctx.path.startsWith('/test-api/redturtle/') || ctx.path.startsWith('/test-api/dci/')) {
    if (await bookingSystems(ctx)) return;
  }
  if (/^\/test-api\/cdn(-slow|-far|-without)?\//.test(ctx.path) && (await serveCdnFolder(ctx))) return;
  // GET /test-api/pasted/<visit>/: a page as an editor pastes the snippet for the reprint form
  // with Trento's preset, from the far CDN: the script line, then its preload lines (?without:
  // none, as on a page edited by hand; ?stale: those of an older release, files that are gone).
  if (ctx.path.startsWith('/test-api/pasted/')) {
    const visit = ctx.path.split('/')[3];
    const { version } = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
    const folder = `/test-api/cdn-far/${visit}/cie-widgets@${version}/`;
    const dist = new URL(`../../dist/cdn/cie-widgets@${version}/`, import.meta.url);
    const integrity = JSON.parse(await readFile(new URL('integrity.json', dist), 'utf8'));
    const map = JSON.parse(await readFile(new URL('files.json', dist), 'utf8'));
    let hints = hintLines(folder, hintedFiles(map, ['cie-reprint-form'], { preset: 'trento' }), integrity.files);
    if (ctx.query.without !== undefined) hints = [];
    if (ctx.query.stale !== undefined) hints = hints.map((line) => line.replace(/-(\w{6})\.js"/, '-OLD000.js"').replace(/ integrity="[^"]*"/, ''));
    ctx.type = 'text/html';
    ctx.body = `<!doctype html><html lang="it"><head><meta charset="utf-8"><title>Ristampa PIN e PUK</title>
<script type="module" src="${folder}cie-widgets.js" integrity="${integrity['cie-widgets.js']}" crossorigin="anonymous"></script>
${hints.join('\n')}
</head><body><main><cie-reprint-form comune="trento"></cie-reprint-form></main></body></html>`;
    return;
  }
  // GET /test-api/settings/<name>: a small settings file; ?fail=N answers 503 to the first N
  // asks for <name>; ?trickle=ms sends it one byte every ms (a connection that barely moves).
  if (ctx.path.startsWith('/test-api/settings/')) {
    const name = ctx.path.slice('/test-api/settings/'.length);
    const asked = (settingsFetches.get(name) ?? 0) + 1;
    settingsFetches.set(name, asked);
    if (asked <= Number(ctx.query.fail ?? 0)) {
      ctx.status = 503;
      ctx.body = 'unavailable';
      return;
    }
    ctx.type = 'application/json';
    const text = JSON.stringify({
      id: 'esempio',
      name: 'Comune di Esempio',
      office: { name: `Ufficio servito da ${name}`, email: 'anagrafe@comune.esempio.it' },
      requests: { reprint: { channel: { type: 'appointment' } }, contactUpdate: { channel: { type: 'appointment' } } },
    });
    ctx.body = ctx.query.trickle ? Readable.from(trickled(text, Number(ctx.query.trickle))) : text;
    return;
  }
  if (ctx.path.startsWith('/test-api/fetch-count/')) {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ count: settingsFetches.get(ctx.path.slice('/test-api/fetch-count/'.length)) ?? 0 });
    return;
  }
  // POST /test-api/requests?fail=N answers 503 to the first N attempts of a key, then 201; ?delay=ms answers late;
  // ?trickle=ms sends the answer a byte every ms.
  if (ctx.path === '/test-api/requests' && ctx.method === 'POST') {
    const key = ctx.get('idempotency-key');
    const attempts = received.get(key) ?? [];
    attempts.push({ headers: { csrf: ctx.get('x-csrf-token') || undefined }, body: await describeBody(ctx, await readBody(ctx.req)) });
    received.set(key, attempts);
    // ?drop: the request recorded, then the connection cut with no answer (a proxy that dies, an answer CORS hides).
    if (ctx.query.drop !== undefined) {
      ctx.req.socket.destroy();
      ctx.respond = false;
      return;
    }
    // ?delay=ms: the body is read at once, the answer comes late (a slow service, not a slow connection).
    if (ctx.query.delay) await new Promise((resolve) => setTimeout(resolve, Number(ctx.query.delay)));
    ctx.type = 'application/json';
    if (attempts.length <= Number(ctx.query.fail ?? 0)) {
      ctx.status = 503;
      ctx.body = JSON.stringify({ error: 'unavailable' });
    } else {
      ctx.status = 201;
      const answer = JSON.stringify({ reference: `PRT-${attempts.length}-${key.slice(0, 8)}` });
      // ?plain: the right words with the wrong Content-Type (text/plain), which the form does not read.
      if (ctx.query.plain !== undefined) ctx.type = 'text/plain';
      // ?trickle=ms: the answer a byte at a time (a proxy that holds it, a link that barely moves).
      ctx.body = ctx.query.trickle ? Readable.from(trickled(answer, Number(ctx.query.trickle))) : answer;
    }
    return;
  }
  // A server that stops reading mid-upload: the bytes stop moving once the buffers fill.
  if (ctx.path === '/test-api/stall' && ctx.method === 'POST') {
    await new Promise((resolve) => setTimeout(resolve, 5000));
    ctx.req.destroy();
    return;
  }
  // An endpoint behind a login wall or a misconfigured proxy: redirects the POST away.
  if (ctx.path === '/test-api/redirect' && ctx.method === 'POST') {
    await readBody(ctx.req);
    ctx.status = Number(ctx.query.status ?? 302);
    ctx.set('Location', String(ctx.query.to ?? '/test-api/login'));
    return;
  }
  if (ctx.path === '/test-api/login') {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><title>Accedi</title><form><input name="password"></form>';
    return;
  }
  if (ctx.path.startsWith('/test-api/requests/') && ctx.method === 'GET') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(received.get(ctx.path.slice('/test-api/requests/'.length)) ?? []);
    return;
  }
  return next();
}
