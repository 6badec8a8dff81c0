// The reference receiver (receiver/), running for real beside the test runner on an
// embedded PostgreSQL (or a real one, see test/server/receiver.mjs), with a real SMTP
// server: what a citizen sees in the form, what the database and the mailboxes hold.
import { expect } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { html } from 'lit';
import '../components/procedure-guide/index.js';
import '../components/reprint-form/index.js';
import type { CieReprintForm } from '../components/reprint-form/index.js';
import { REPRINT_EXAMPLE } from '../src/requests/contract-examples.js';
import type { CieRequest } from '../src/requests/schema.js';
import { fieldErrorsOf } from '../src/transport/field-errors.js';
import { clientAddress } from '../receiver/limits.js';
import { $, addJsonScript, exampleSettings, mount, removeAddedScripts, textOf } from './helpers/dom.js';
import { completeReprint, outcome, submit } from './helpers/form.js';
import { command, type CheckResult, type Mail } from './helpers/receiver.js';

const mailTo = async (address: string, reference: string) => {
  await command('receiver-deliver');
  return (await command<Mail[]>('receiver-mail')).filter((m) => m.to === address && m.text.includes(reference));
};
const recordsWith = async (key: string) =>
  (await command<{ reference: string }[]>('receiver-sql', { sql: 'select reference from requests where idempotency_key = $1', params: [key] })).length;

/** A request as the contract's example, fresh key, for this comune, with real file bytes. */
function sample(comune: string, change?: (r: CieRequest) => void): { request: CieRequest; body: FormData } {
  const request = structuredClone(REPRINT_EXAMPLE) as CieRequest;
  request.comune = comune;
  request.idempotencyKey = crypto.randomUUID();
  const front = new File(['%PDF-1.4 carta di prova\n%%EOF\n'], 'fronte.pdf', { type: 'application/pdf' });
  const back = new File(['%PDF-1.4 retro di prova\n%%EOF\n'], 'retro.pdf', { type: 'application/pdf' });
  request.attachments = [
    { part: 'cardFront', name: front.name, type: 'application/pdf', size: front.size },
    { part: 'cardBack', name: back.name, type: 'application/pdf', size: back.size },
  ];
  change?.(request);
  const body = new FormData();
  body.set('request', new Blob([JSON.stringify(request)], { type: 'application/json' }));
  body.set('cardFront', front);
  body.set('cardBack', back);
  return { request, body };
}
const post = (url: string, s: { request: CieRequest; body: FormData }) =>
  fetch(url, { method: 'POST', headers: { 'Idempotency-Key': s.request.idempotencyKey }, body: s.body });

describe('the reference receiver, with the forms and an integrator', function () {
  let base: string;
  let strict: string;
  const endpoint = (comune: string, root = base) => `${root}/comuni/${comune}/cie-requests`;

  before(async function () {
    ({ url: base, strictUrl: strict } = await command<{ url: string; strictUrl: string }>('receiver'));
  });
  beforeEach(() => sessionStorage.clear());

  it('a citizen sends a reprint in English: the receipt, the database, the citizen’s email and the office’s say the same reference', async function () {
    const el = await mount<CieReprintForm>(html`<cie-reprint-form comune="trento" endpoint=${endpoint('trento')} lang="en"></cie-reprint-form>`);
    await completeReprint(el);
    let downloaded = '';
    const createObjectURL = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => {
      void blob.text().then((text) => (downloaded = text));
      return createObjectURL(blob);
    };
    try {
      await submit(el);
      const receipt = await outcome(el);
      const reference = textOf($(receipt, '.reference')!);
      expect(reference).to.match(/^TRE-\d{4}-\d{6}$/);
      const [row] = await command<{ type: string; locale: string; copies: number }[]>('receiver-sql', {
        sql: 'select r.type, r.locale, (select count(*)::int from card_copies c where c.request_id = r.id) as copies from requests r where reference = $1',
        params: [reference],
      });
      expect(row).to.deep.equal({ type: 'reprint', locale: 'en', copies: 2 });

      // The receipt to keep, downloaded from the form, and the email: the same words.
      [...receipt.querySelectorAll('button')].find((b) => textOf(b) === 'Download the receipt')!.click();
      await waitUntil(() => downloaded, 'no receipt downloaded');
      const [citizen] = await mailTo('mario.rossi@example.it', reference);
      expect(citizen.subject).to.equal(`Request received: ${reference} (Comune di Trento)`);
      expect(citizen.text.trim()).to.equal(downloaded.trim().replace(/^Received on: .*$/m, citizen.text.match(/^Received on: .*$/m)![0]));
      expect(citizen.text).to.contain('within 5 working days');
      // The receiver said when it received the request: the receipt counts the expected date from its clock, as the email does.
      expect(textOf($(receipt, '.received')!)).to.match(/^Received on: /);
      expect(citizen.text).to.match(/^Expected by: \w+ \d{1,2}, \d{4}\.$/m);
      expect(textOf(receipt)).to.contain(citizen.text.match(/^Expected by: .*$/m)![0]);
      expect(citizen.text).to.contain('(+39) 0461 884291');
      expect(citizen.replyTo).to.equal('ufficio.anagrafe@comune.trento.it');

      // Trento chose no copies in the office's email: it says where they are, in Italian.
      const [office] = await mailTo('anagrafe@comune.trento.it', reference);
      expect(office.subject).to.equal(`${reference} — Richiesta di ristampa dei codici PIN e PUK`);
      expect(office.text).to.contain('Codice fiscale del titolare: RSSMRA70A01H501S');
      expect(office.text).to.contain('Lingua del cittadino: en');
      // Trento's module asks no birth, mobile or declaration: no empty rows for them.
      expect(office.text).to.not.match(/Data di nascita|Cellulare|Dichiarazione di smarrimento/);
      expect(office.text).to.contain('non sono allegate');
      expect(office.attachments).to.have.length(0);
    } finally {
      URL.createObjectURL = createObjectURL;
    }
  });

  it('the office of a comune that wants the copies gets both, by their real types', async () => {
    const s = sample('esempio');
    const answer = await post(endpoint('esempio'), s);
    expect(answer.status).to.equal(201);
    const { reference } = await answer.json();
    expect(reference).to.match(/^ESE-\d{4}-\d{6}$/);
    const [office] = await mailTo('anagrafe@comune.esempio.it', reference);
    expect(office.attachments.map((a) => [a.filename, a.contentType])).to.deep.equal([
      ['fronte.pdf', 'application/pdf'],
      ['retro.pdf', 'application/pdf'],
    ]);
    expect(office.text).to.contain('In allegato');
  });

  it('the same key is the same request: a retry gets the first reference, five at once make one record', async () => {
    const s = sample('esempio');
    const first = await post(endpoint('esempio'), s);
    const again = await post(endpoint('esempio'), s);
    expect(first.status).to.equal(201);
    expect(again.status).to.equal(409);
    expect((await again.json()).reference).to.equal((await first.json()).reference);

    const burst = sample('esempio');
    const answers = await Promise.all([1, 2, 3, 4, 5].map(() => post(endpoint('esempio'), burst)));
    const references = new Set(await Promise.all(answers.map(async (a) => (await a.json()).reference)));
    expect(answers.map((a) => a.status).sort()).to.deep.equal([201, 409, 409, 409, 409]);
    expect(references.size).to.equal(1);
    expect(await recordsWith(burst.request.idempotencyKey)).to.equal(1);
  });

  it('a NUL, a lone surrogate or a forged email line in any field is refused on that field, before the database sees it', async () => {
    const cases: [string, (r: CieRequest) => void, string][] = [
      ['NUL', (r) => (r.holder.givenName = 'Ma\u0000rio'), 'holder.givenName'],
      ['lone surrogate', (r) => (r.form.honeypot = '\ud800'), 'form.honeypot'],
      ['forged line', (r) => (r.holder.familyName = 'Rossi\r\nBcc: altri@example.it'), 'holder.familyName'],
      ['control in a file name', (r) => (r.attachments[0].name = 'fronte\u0007.pdf'), 'attachments[0].name'],
    ];
    for (const [what, change, field] of cases) {
      const s = sample('esempio', change);
      const answer = await post(endpoint('esempio'), s);
      expect(answer.status, what).to.equal(422);
      expect(fieldErrorsOf(await answer.json()).map((e) => e.field), what).to.deep.equal([field]);
      expect(await recordsWith(s.request.idempotencyKey), what).to.equal(0);
    }
  });

  it('a header the comune’s pages add (a CMS’s X-CSRF-Token) passes the preflight where the receiver allows it', async () => {
    const s = sample('esempio');
    const answer = await fetch(endpoint('esempio'), { method: 'POST', headers: { 'Idempotency-Key': s.request.idempotencyKey, 'X-CSRF-Token': 'token-di-prova' }, body: s.body });
    expect(answer.status).to.equal(201);
    const other = sample('trento');
    const refused = fetch(endpoint('trento'), { method: 'POST', headers: { 'Idempotency-Key': other.request.idempotencyKey, 'X-CSRF-Token': 'token-di-prova' }, body: other.body });
    let failed = false;
    await refused.catch(() => (failed = true));
    expect(failed, 'Trento allows no such header: the browser stops it at the preflight').to.equal(true);
  });

  it('behind the comune’s proxies the client is counted from the right of X-Forwarded-For: a forged leftmost address changes nothing', () => {
    expect(clientAddress('198.51.100.1, 203.0.113.7', '10.0.0.2', 1)).to.equal('203.0.113.7');
    expect(clientAddress('198.51.100.99, 203.0.113.7', '10.0.0.2', 1)).to.equal('203.0.113.7');
    expect(clientAddress('198.51.100.1, 203.0.113.7, 192.0.2.10', '10.0.0.2', 2)).to.equal('203.0.113.7');
    expect(clientAddress('203.0.113.7', '10.0.0.2', 0), 'no proxy trusted').to.equal('10.0.0.2');
    expect(clientAddress(undefined, '10.0.0.2', 1), 'no header').to.equal('10.0.0.2');
  });

  it('a body limit too small for two card copies at the settings’ limit stops the start, saying both numbers', async () => {
    const refusal = await command<string | null>('receiver-config-check', { limits: { bodyMb: 8 } });
    expect(refusal).to.contain('card copies of 5 MB each');
    expect(refusal).to.contain('limits.bodyMb of at least 11, and it is 8');
    expect(await command<string | null>('receiver-config-check', { limits: { bodyMb: 12 } })).to.equal(null);
  });

  it('odd bodies get the right answer: unreadable is 400 not 415, one error for 5,000 attachments, a part sent twice, a JPEG of three bytes', async () => {
    const url = endpoint('esempio');
    const key = crypto.randomUUID();
    const broken = await fetch(url, { method: 'POST', headers: { 'Idempotency-Key': key, 'Content-Type': 'application/json' }, body: '{"schemaVersion":' });
    expect(broken.status, 'malformed JSON').to.equal(400);
    const whole = new Uint8Array(await new Response(sample('esempio').body).arrayBuffer());
    const cut = await fetch(url, { method: 'POST', headers: { 'Idempotency-Key': key, 'Content-Type': 'multipart/form-data; boundary=x' }, body: whole.slice(0, 40) });
    expect(cut.status, 'multipart cut short').to.equal(400);
    expect((await fetch(url, { method: 'POST', headers: { 'Idempotency-Key': key, 'Content-Type': 'text/plain' }, body: 'ciao' })).status, 'not a body we take').to.equal(415);

    const many = sample('esempio', (r) => (r.attachments = Array.from({ length: 5000 }, () => ({ part: 'cardFront', name: 'f.pdf', type: 'application/pdf', size: 1 }))));
    const manyAnswer = await post(url, many);
    expect(manyAnswer.status).to.equal(400);
    expect(fieldErrorsOf(await manyAnswer.json())).to.have.length(1);

    const twice = sample('esempio');
    twice.body.append('cardFront', new File(['%PDF-1.4 altra\n%%EOF\n'], 'altra.pdf', { type: 'application/pdf' }));
    const twiceAnswer = await post(url, twice);
    expect(twiceAnswer.status).to.equal(400);
    expect(fieldErrorsOf(await twiceAnswer.json()).map((e) => e.field)).to.deep.equal(['cardFront']);

    const stub = sample('esempio', (r) => (r.attachments[1] = { part: 'cardBack', name: 'retro.jpg', type: 'image/jpeg', size: 3 }));
    stub.body.set('cardBack', new File([new Uint8Array([0xff, 0xd8, 0xff])], 'retro.jpg', { type: 'image/jpeg' }));
    const stubAnswer = await post(url, stub);
    expect(stubAnswer.status).to.equal(400);
    expect(fieldErrorsOf(await stubAnswer.json()).map((e) => e.field)).to.deep.equal(['attachments[1]']);
    for (const s of [many, twice, stub]) expect(await recordsWith(s.request.idempotencyKey)).to.equal(0);
  });

  it('the command line a newcomer types: help, mistakes said in a line with the usage, the example configuration as it ships', async () => {
    type Ran = { code: number; stdout: string; stderr: string };
    const cli = (...args: string[]) => command<Ran>('receiver-cli', { args });
    const help = await cli('--help');
    expect(help.code).to.equal(0);
    expect(help.stdout).to.contain('usage: main.js serve|export|purge|migrate');
    expect(help.stdout).to.contain('both days included');
    for (const [args, says] of [
      [['serve', '--bogus'], "Unknown option '--bogus'"],
      [['export', '--comune', 'esempio', '--format', 'xml'], '--format must be csv or json, not "xml"'],
      [['export', '--comune', 'esempio', '--from', '2026-13-01'], '--from must be a date like 2026-11-01, not "2026-13-01"'],
      [['fly'], 'no command "fly"'],
    ] as const) {
      const ran = await cli(...args);
      expect(ran.code, args.join(' ')).to.equal(2);
      expect(ran.stderr, args.join(' ')).to.contain(says);
      expect(ran.stderr, args.join(' ')).to.contain('usage:');
      expect(ran.stderr, 'no stack').to.not.match(/\n\s+at /);
    }
    // Copied as the README says, it starts on the embedded database, for the example comune.
    expect(await command('receiver-example-config')).to.deep.equal({ database: 'embedded', comuni: ['esempio'] });
    // Copied elsewhere, its settings path leads nowhere: said in a line, where it looked, no stack.
    const elsewhere = await cli('migrate', '--config', 'receiver/example.config.json');
    expect(elsewhere.code).to.equal(1);
    expect(elsewhere.stderr).to.contain('the settings "demo/settings/esempio.json": no such file at ');
    expect(elsewhere.stderr, 'no stack').to.not.match(/\n\s+at /);
  });

  it('a key is one comune’s: another comune’s request with the same key is recorded, with its own reference', async () => {
    const trento = sample('trento');
    const esempio = sample('esempio', (r) => (r.idempotencyKey = trento.request.idempotencyKey));
    const first = await post(endpoint('trento'), trento);
    const second = await post(endpoint('esempio'), esempio);
    expect([first.status, second.status]).to.deep.equal([201, 201]);
    const [a, b] = await Promise.all([first.json(), second.json()]);
    expect(a.reference).to.match(/^TRE-/);
    expect(b.reference).to.not.equal(a.reference);
    expect(await recordsWith(trento.request.idempotencyKey)).to.equal(2);
  });

  it('a field the receiver refuses appears on that field in the form, the answers kept', async function () {
    const el = await mount<CieReprintForm>(html`<cie-reprint-form comune="trento" endpoint=${endpoint('trento')} lang="it"></cie-reprint-form>`);
    await completeReprint(el);
    // What the form would never send by itself: an integrator's listener changes the payload on its way.
    el.addEventListener('cie-submit', (event) => ((event as CustomEvent<{ payload: CieRequest }>).detail.payload.holder.cardNumber = 'XX'), { once: true });
    await submit(el);
    await waitUntil(() => $(el, '#error-cardNumber'), 'the error is not on the card number');
    expect(textOf($(el, '#error-cardNumber')!)).to.contain('Questo dato non è nel formato atteso');
    expect(($(el, '#field-cardNumber') as HTMLInputElement).getAttribute('aria-invalid')).to.equal('true');
    expect(($(el, '#field-holderFamilyName') as HTMLInputElement).value).to.equal('Rossi');
  });

  it('files are judged by their bytes: a web page named .pdf is refused on its field; too large is 413', async () => {
    const fake = sample('esempio');
    fake.body.set('cardFront', new File(['<html>not a card</html>'], 'fronte.pdf', { type: 'application/pdf' }));
    const refused = await post(endpoint('esempio'), fake);
    expect(refused.status).to.equal(400);
    expect(fieldErrorsOf(await refused.json()).map((e) => e.field)).to.deep.equal(['attachments[0]']);
    expect(await recordsWith(fake.request.idempotencyKey)).to.equal(0);

    const big = sample('esempio');
    const bytes = new Uint8Array(5 * 1024 * 1024 + 1);
    bytes.set(new TextEncoder().encode('%PDF-'));
    big.body.set('cardFront', new File([bytes], 'fronte.pdf', { type: 'application/pdf' }));
    big.request.attachments[0].size = bytes.length;
    big.body.set('request', new Blob([JSON.stringify(big.request)], { type: 'application/json' }));
    expect((await post(endpoint('esempio'), big)).status).to.equal(413);
  });

  it('the obvious bots are refused without a CAPTCHA: the trap field, a form sent in under 5 seconds, a flood from one client', async function () {
    // The trap a person never sees, filled in the form as a bot filling every input would.
    const el = await mount<CieReprintForm>(html`<cie-reprint-form comune="trento" endpoint=${endpoint('trento', strict)} lang="it"></cie-reprint-form>`);
    await completeReprint(el);
    const trap = el.shadowRoot!.querySelector<HTMLInputElement>('.trap input')!;
    expect(trap.tabIndex).to.equal(-1);
    expect(trap.closest('[aria-hidden="true"]')).to.not.equal(null);
    trap.value = 'https://spam.example';
    const sent = new Promise<CustomEvent<{ payload: CieRequest }>>((resolve) => el.addEventListener('cie-submit', (e) => resolve(e as CustomEvent), { once: true }));
    await submit(el);
    const { payload } = (await sent).detail;
    expect(payload.form.honeypot).to.equal('https://spam.example');
    expect(textOf(await outcome(el))).to.contain('Il Comune non ha accettato la richiesta');
    expect(await recordsWith(payload.idempotencyKey)).to.equal(0);

    const hasty = sample('trento', (r) => (r.form.secondsToFill = 2));
    const tooFast = await post(endpoint('trento', strict), hasty);
    expect(tooFast.status).to.equal(400);
    expect((await tooFast.json()).detail).to.contain('troppo in fretta');

    // Three requests an hour from one client on this receiver: the next is told when to come back.
    let last: Response | undefined;
    for (let i = 0; i < 3 && last?.status !== 429; i++) last = await post(endpoint('trento', strict), sample('trento'));
    last = await post(endpoint('trento', strict), sample('trento'));
    expect(last.status).to.equal(429);
    expect(Number(last.headers.get('Retry-After'))).to.be.within(1, 3600); // exposed to the page by CORS
  });

  it('an email the mail server refuses is retried later, and the citizen had the receipt at once', async () => {
    await command('receiver-deliver'); // nothing earlier left waiting
    await command('receiver-smtp-refuse', { count: 2 });
    const s = sample('esempio', (r) => (r.contacts.email = 'ritardo@example.it'));
    const answer = await post(endpoint('esempio'), s);
    expect(answer.status).to.equal(201);
    const { reference } = await answer.json();
    expect(await mailTo('ritardo@example.it', reference)).to.have.length(0);
    const [waiting] = await command<{ n: number }[]>('receiver-sql', {
      sql: "select count(*)::int as n from outbox o join requests r on r.id = o.request_id where r.reference = $1 and o.sent_at is null and o.attempts > 0",
      params: [reference],
    });
    expect(waiting.n).to.equal(2);
    await command('receiver-deliver', { minutesFromNow: 5 });
    expect(await mailTo('ritardo@example.it', reference)).to.have.length(1);
    expect(await mailTo('anagrafe@comune.esempio.it', reference)).to.have.length(1);
  });

  it('an address the mail server will never take is parked, not retried for ever; each email has a Message-ID of its own, the same on any resend', async () => {
    await command('receiver-deliver');
    await command('receiver-smtp-refuse', { count: 1, code: 550, to: 'mai@example.it' });
    const s = sample('esempio', (r) => (r.contacts.email = 'mai@example.it'));
    const { reference } = await (await post(endpoint('esempio'), s)).json();
    await command('receiver-deliver');
    const rows = await command<{ recipient: string; last_error: string | null; parked: boolean; sent: boolean }[]>('receiver-sql', {
      sql: "select o.recipient, o.last_error, o.next_attempt_at = 'infinity' as parked, o.sent_at is not null as sent from outbox o join requests r on r.id = o.request_id where r.reference = $1 order by o.id",
      params: [reference],
    });
    // The citizen's address met the 550; the office's email went.
    expect(rows).to.deep.equal([
      { recipient: 'citizen', last_error: '550', parked: true, sent: false },
      { recipient: 'office', last_error: null, parked: false, sent: true },
    ]);
    await command('receiver-deliver', { minutesFromNow: 24 * 60 });
    expect(await mailTo('mai@example.it', reference), 'a day later, still not tried again').to.have.length(0);
    const [office] = await mailTo('anagrafe@comune.esempio.it', reference);
    expect(office.messageId).to.equal(`<${reference}.office@comune.esempio.it>`);
    const logs = (await command<string[]>('receiver-log')).map((line) => JSON.parse(line) as { mail?: { parked?: number } });
    expect(logs.some((entry) => entry.mail?.parked === 1), 'the parked email is counted in the log').to.equal(true);
  });

  it('after a burst the outbox sends everything due at once, several messages at a time, not a batch a minute', async () => {
    await command('receiver-deliver'); // nothing earlier left waiting
    // 30 requests while the mail server says "try later": 60 emails wait, none sent.
    await command('receiver-smtp-refuse', { count: 1_000_000, code: 451 });
    const references: string[] = [];
    for (let i = 0; i < 30; i++) {
      const answer = await post(endpoint('esempio'), sample('esempio', (r) => (r.contacts.email = 'raffica@example.it')));
      references.push((await answer.json()).reference);
    }
    await command('receiver-deliver');
    await command('receiver-smtp-refuse', { count: 0 });
    // One round of the outbox, when they are due again: all 60 go, not the first batch of 20.
    await command('receiver-deliver', { minutesFromNow: 120 });
    const mail = await command<Mail[]>('receiver-mail');
    const sentFor = (to: string) => new Set(mail.filter((m) => m.to === to).flatMap((m) => references.filter((ref) => m.text.includes(ref)))).size;
    expect(sentFor('raffica@example.it')).to.equal(30);
    expect(sentFor('anagrafe@comune.esempio.it')).to.equal(30);
  });

  it('two receivers on one database send each email once, however their rounds meet', async () => {
    const s = sample('esempio', (r) => (r.contacts.email = 'una-volta@example.it'));
    const { reference } = await (await post(endpoint('esempio'), s)).json();
    await command('receiver-deliver-together');
    await command('receiver-deliver-together');
    expect(await mailTo('una-volta@example.it', reference)).to.have.length(1);
    expect(await mailTo('anagrafe@comune.esempio.it', reference)).to.have.length(1);
  });

  it('retention: copies go after 30 days, requests after 365, references are never given again; the export is safe to open in a spreadsheet', async () => {
    const s = sample('trento', (r) => {
      r.holder.givenName = '=HYPERLINK("https://spam.example","Apri")';
    });
    const answer = await post(endpoint('trento'), s);
    const { reference } = await answer.json();
    const csv = await command<string>('receiver-export', { comune: 'trento', format: 'csv' });
    const line = csv.split('\r\n').find((l) => l.startsWith(reference))!;
    expect(line).to.contain(`"'=HYPERLINK(""https://spam.example"",""Apri"") Rossi"`);
    // The same 20 columns whatever the month brought, in Italian; a mobile as it was typed.
    const [header] = csv.split('\r\n');
    expect(header.split(',')).to.have.length(20);
    // Each request's own answers come from its declaration (src/requests/registry.ts), in the order receiver/README.md lists.
    expect(header).to.equal(
      '\ufeffNumero,Ricevuta il,Richiesta,Titolare,Codice fiscale del titolare,Numero della carta,Data di nascita,Luogo di nascita,Codici da ristampare,Parte dei codici mancante,Dichiarazione di smarrimento,Dichiarazione: contatti personali,Richiedente,Codice fiscale del richiedente,Email,Cellulare,Informativa privacy letta,Lingua del cittadino,Copie della carta,Ufficio avvisato il',
    );
    expect(line).to.contain(',PIN e PUK,seconda parte,');
    expect(line).to.contain(',Richiesta di ristampa dei codici PIN e PUK,');
    expect(line).to.contain(',+393331234567,');
    expect(line).to.match(new RegExp(`^${reference},20\\d\\d-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,`));

    await command('receiver-purge', { daysFromNow: 31 });
    const json = JSON.parse(await command<string>('receiver-export', { comune: 'trento', format: 'json' })) as { reference: string; cardCopiesDeleted: boolean }[];
    expect(json.find((r) => r.reference === reference)?.cardCopiesDeleted).to.equal(true);
    const [copies] = await command<{ n: number }[]>('receiver-sql', { sql: 'select count(*)::int as n from card_copies c join requests r on r.id = c.request_id where r.comune = $1', params: ['trento'] });
    expect(copies.n).to.equal(0);

    await command('receiver-purge', { daysFromNow: 366 });
    expect(await recordsWith(s.request.idempotencyKey)).to.equal(0);
    const next = await (await post(endpoint('trento'), sample('trento'))).json();
    expect(Number(next.reference.slice(-6))).to.be.greaterThan(Number(reference.slice(-6)));
  });

  it('the conformance checker passes the receiver, and says point by point where another endpoint differs', async function () {
    const origin = location.origin;
    const asShipped = { comune: 'esempio', origin, headers: { 'X-CSRF-Token': 'from-the-page' } };
    const passed = await command<CheckResult[]>('receiver-check', asShipped);
    expect(passed.filter((r) => !r.ok)).to.deep.equal([]);
    expect(passed.map((r) => r.point)).to.include.members(['A codice fiscale to correct (JSON body)', '20 requests with one Idempotency-Key at once', 'A request for another comune']);

    // A site the comune does not own: the preflight and every answer are refused for it.
    const foreign = await command<CheckResult[]>('receiver-check', { url: endpoint('esempio'), comune: 'esempio', origin: 'https://other.example' });
    expect(foreign.find((r) => r.point.startsWith('CORS'))).to.include({ ok: false });

    // The test server's endpoint takes anything: no field errors, no file checks.
    const lax = await command<CheckResult[]>('receiver-check', { url: `${origin}/test-api/requests`, comune: 'esempio' });
    const failed = lax.filter((r) => !r.ok).map((r) => r.point);
    expect(failed).to.include.members(['A codice fiscale to correct (JSON body)', 'A file that is not what its name says', 'A file over the size limit', 'The trap field filled (a bot)', 'A request for another comune']);
    expect(lax.find((r) => r.point === 'The same Idempotency-Key again (a retry)')?.detail).to.contain('new reference');
  });

  it('check-endpoint --booking reads a booking system as the element does, and says where a browser on the comune’s site would be refused', async function () {
    const folder = (visit: string) => ({ type: 'redturtle', folder: `${location.origin}/test-api/redturtle/${visit}-${Date.now()}/`, bookingType: 'Carta d’identità: ristampa PIN e PUK' });
    const sameSite = await command<CheckResult[]>('receiver-check-booking', { system: folder('check'), origin: location.origin });
    expect(sameSite.filter((r) => !r.ok)).to.deep.equal([]);
    expect(sameSite.map((r) => r.point)).to.deep.equal(['Free times over the next 60 days', 'Free times are still to come', 'The questions for the first free time']);
    expect(sameSite[2]!.detail).to.equal('fullname*, email*, phone, fiscalcode*');

    // The comune's site on another address: the stand-in sends no CORS headers, so a browser there would be refused.
    const otherSite = await command<CheckResult[]>('receiver-check-booking', { system: folder('cors'), origin: 'https://www.comune.esempio.it' });
    expect(otherSite.filter((r) => !r.ok).map((r) => r.point)).to.deep.equal(["CORS: reading free times from the comune's site", "CORS: booking from the comune's site"]);

    const down = await command<CheckResult[]>('receiver-check-booking', { system: folder('down'), origin: location.origin });
    expect(down[0]).to.include({ point: 'Free times over the next 60 days', ok: false });
    expect(down[0]!.detail).to.contain('answered 503');
    expect(down).to.have.length(1); // the points after it would only say it again

    const v = `check-${Date.now()}`;
    const theme = { type: 'dci-theme', slotsUrl: `${location.origin}/test-api/dci/${v}/date`, saveUrl: `${location.origin}/test-api/dci/${v}/save`, office: { id: '42', name: 'Ufficio Anagrafe' }, service: { id: '7', name: 'Carta d’identità elettronica' } };
    const dci = await command<CheckResult[]>('receiver-check-booking', { system: theme, origin: location.origin });
    expect(dci.filter((r) => !r.ok)).to.deep.equal([]);
    expect(dci[2]!.detail).to.equal('name*, surname*, email*, privacy*');
  });

  it('the conformance checker fails each mistake planted in an otherwise right endpoint, and only where it is', async function () {
    const success = ['A reprint with both sides of the card (multipart)', 'The same Idempotency-Key again (a retry)', '20 requests with one Idempotency-Key at once', "A contact update by a delegate, with the card's front"];
    const expected: Record<string, string[]> = {
      'reference as text/plain': success,
      'Retry-After not exposed': ['A reprint with both sides of the card (multipart)'],
      'CORS reflects any origin': ["CORS for a site that is not the comune's"],
      'CORS allows *': ["CORS for a site that is not the comune's"],
      'settings headers not allowed': ["CORS preflight from the comune's site"],
      'idempotent one at a time only': ['20 requests with one Idempotency-Key at once'],
      'trap field ignored': ['The trap field filled (a bot)'],
      'no minimum time': ['A form sent 2 seconds after it appeared'],
      'any comune accepted': ['A request for another comune'],
    };
    expect(await command<string[]>('receiver-mistakes')).to.have.members(Object.keys(expected));
    for (const [mistake, points] of Object.entries(expected)) {
      const results = await command<CheckResult[]>('receiver-check', { mistake, comune: 'esempio', origin: location.origin, headers: { 'X-CSRF-Token': 'from-the-page' } });
      expect(results.filter((r) => !r.ok).map((r) => r.point), mistake).to.have.members(points);
    }
  });

  it('a citizen rates the service card’s page: the rating is kept as sent; one for another comune, or not a rating, is refused', async () => {
    const ratings = `${base}/comuni/esempio/ratings`;
    addJsonScript({ ...(await exampleSettings()), rating: { url: ratings } }, { id: 'rated-here' });
    try {
      const card = await mount(html`<cie-procedure-guide config="rated-here" mode="service-card" lang="de"></cie-procedure-guide>`);
      card.querySelector<HTMLElement>('[data-element="feedback-rate-3"]')!.click();
      await card.updateComplete;
      card.querySelector<HTMLElement>('[data-element="feedback-rating-negative"] label')!.click();
      const click = (label: string) => [...card.querySelectorAll<HTMLButtonElement>('.cie-rating button')].find((b) => b.textContent!.trim() === label)!.click();
      click('Weiter');
      await card.updateComplete;
      click('Senden');
      await waitUntil(() => textOf(card).includes('Danke, Ihre Meinung hilft uns, den Dienst zu verbessern!'), 'the receiver did not take the rating');
      const rows = await command<Record<string, unknown>[]>('receiver-sql', {
        sql: 'select comune, variant, request, page, stars, aspect, details, locale from ratings where comune = $1 order by id desc limit 1',
        params: ['esempio'],
      });
      expect(rows).to.deep.equal([{ comune: 'esempio', variant: 'page', request: null, page: `${location.origin}${location.pathname}`, stars: 3, aspect: 'unclear', details: null, locale: 'de' }]);
    } finally {
      removeAddedScripts();
    }
    const rating = { schemaVersion: 1, comune: 'trento', variant: 'page', page: 'https://www.comune.trento.it/pin', stars: 5, locale: 'it' };
    const post = (body: string) => fetch(ratings, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    expect((await post(JSON.stringify(rating))).status, 'another comune’s').to.equal(400);
    expect((await post(JSON.stringify({ ...rating, comune: 'esempio', stars: 4, aspect: 'unclear' }))).status, 'an answer to the other question').to.equal(400);
    expect((await post(JSON.stringify({ ...rating, comune: 'esempio', details: 'riga\r\nBcc: x' }))).status, 'control characters').to.equal(400);
    expect((await post(JSON.stringify({ ...rating, comune: 'esempio' }))).status).to.equal(201);
  });

  it('health says the database answers; for a comune it does not serve, no site is allowed', async () => {
    const answer = await fetch(`${base}/health`);
    expect(answer.status).to.equal(200);
    const { database } = await command<{ database: string }>('receiver');
    expect(await answer.json()).to.deep.equal({ status: 'ok', database });
    const refused = await fetch(endpoint('nessuno'), { method: 'POST', body: '{}' }).then(
      () => 'answered',
      () => 'refused by the browser',
    );
    expect(refused).to.equal('refused by the browser');
  });

  it('the log says what happened to each request and never who sent it', async () => {
    const logs = await command<string[]>('receiver-log');
    const entries = logs.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries.some((e) => e.status === 201 && typeof e.reference === 'string')).to.equal(true);
    expect(entries.some((e) => e.status === 429)).to.equal(true);
    expect(entries.some((e) => e.refused === 'bot')).to.equal(true);
    // The purge at start says what it deleted, per comune, in counts only.
    const purge = entries.find((e) => e.purge === 'done') as { deleted: Record<string, { cardCopies: number; requests: number }> } | undefined;
    expect(purge, 'no trace of the purge').to.not.equal(undefined);
    expect(Object.keys(purge!.deleted).sort()).to.deep.equal(['esempio', 'trento']);
    expect(purge!.deleted.trento).to.have.keys(['cardCopies', 'requests', 'bookings']);
    for (const personal of ['Rossi', 'RSSMRA70A01H501S', 'example.it', '3331234567', '127.0.0.1', 'CA00000AA']) {
      expect(logs.filter((line) => line.includes(personal)), personal).to.deep.equal([]);
    }
  });

  it('the embedded database refuses a second process (an export while the receiver serves), in words; a lock left by a killed one is taken over', async function () {
    const outcomes = await command<Record<string, string>>('receiver-lock-probe');
    expect(outcomes.running).to.contain('is in use by another process');
    expect(outcomes.pidOnly).to.contain('is in use by another process');
    // After a `kill -9`: the receiver's pid is a zombie, or another process has it now; the receiver starts.
    expect(outcomes.zombie).to.equal('opened');
    expect(outcomes.pidReused).to.equal('opened');
  });
});
