// `npm run check-endpoint -- --booking --settings comune.json`: does the booking system the
// settings name (booking.system) answer as the element expects, from the comune's site? It
// reads free times and the questions with the very code the element runs (src/booking/) and
// checks the CORS answers a browser needs. It books nothing: a check would hold a real slot.
import { connect, type BookingSystem, type FreeSlot } from '../src/booking/connect.js';
import { daysAfter, romeDate } from '../src/booking/rome-time.js';
import type { BookingSystemSettings } from '../src/settings/schema.js';
import type { CheckResult } from './conformance.js';

export interface BookingCheckOptions {
  system: BookingSystemSettings;
  /** The comune's site, whose pages call the system: its CORS answers are checked for it. */
  origin?: string;
}

/** The addresses a citizen's browser calls, and how. */
function calls(system: BookingSystemSettings, today: string): { read: string; write: { url: string; method: string; headers: string } } {
  if (system.type === 'redturtle') {
    const base = system.folder.replace(/\/+$/, '');
    return {
      read: `${base}/@available-slots?${new URLSearchParams({ start: today, end: today, booking_type: system.bookingType })}`,
      write: { url: `${base}/@booking`, method: 'POST', headers: 'content-type' },
    };
  }
  if (system.type === 'receiver') {
    const base = system.url.replace(/\/+$/, '');
    return { read: `${base}/slots?${new URLSearchParams({ from: today, to: today })}`, write: { url: `${base}/appointments`, method: 'POST', headers: 'content-type, idempotency-key' } };
  }
  const read = new URL(system.slotsUrl);
  read.searchParams.set('month', today.slice(5, 7).replace(/^0/, ''));
  read.searchParams.set('office', system.office.id);
  // A form-encoded post is a "simple" request: no preflight, but its answer must be readable.
  return { read: read.href, write: { url: system.saveUrl, method: 'POST', headers: '' } };
}

async function point(name: string, run: () => Promise<string>): Promise<CheckResult> {
  try {
    return { point: name, ok: true, detail: await run() };
  } catch (error) {
    return { point: name, ok: false, detail: error instanceof Error ? ((error as { reason?: string }).reason ?? error.message) : String(error) };
  }
}

function allows(answer: Response, origin: string): boolean {
  const allowed = answer.headers.get('access-control-allow-origin');
  return allowed === '*' || allowed === origin;
}

export async function checkBooking({ system, origin }: BookingCheckOptions): Promise<CheckResult[]> {
  const booking: BookingSystem = connect(system);
  const today = romeDate(new Date());
  const results: CheckResult[] = [];
  let slots: FreeSlot[] = [];
  results.push(
    await point('Free times over the next 60 days', async () => {
      slots = await booking.freeSlots(today, daysAfter(today, 60));
      return slots.length ? `${slots.length} free times, the first ${slots[0]!.start}` : 'none: citizens read "Nessun orario libero nei prossimi due mesi" and the other ways to book';
    }),
  );
  // Unreachable or not answering as it should: the points after this one would say it again.
  if (!results[0]!.ok) return results;
  results.push(
    await point('Free times are still to come', async () => {
      const past = slots.filter((slot) => Date.parse(slot.start) <= Date.now());
      if (past.length) throw new Error(`${past.length} of them already past, the first ${past[0]!.start}: the element hides them`);
      return slots.length ? 'all after now' : 'nothing to compare';
    }),
  );
  if (slots.length)
    results.push(
      await point('The questions for the first free time', async () => {
        const questions = await booking.questions(slots[0]!);
        return questions.map((q) => `${q.name}${q.required ? '*' : ''}`).join(', ');
      }),
    );
  const { read, write } = calls(system, today);
  if (origin && new URL(read).origin !== origin) {
    results.push(
      await point("CORS: reading free times from the comune's site", async () => {
        const answer = await fetch(read, { headers: { Origin: origin, Accept: 'application/json' } }).catch(() => {
          throw new Error(`${read} could not be reached`);
        });
        if (!allows(answer, origin)) throw new Error(`${read} answers without Access-Control-Allow-Origin: ${origin} (or *): a browser on ${origin} cannot read it`);
        return `Access-Control-Allow-Origin: ${answer.headers.get('access-control-allow-origin')}`;
      }),
    );
    results.push(
      await point("CORS: booking from the comune's site", async () => {
        if (!write.headers) return `${write.url}: a form post needs no preflight; its answer must carry Access-Control-Allow-Origin too`;
        const answer = await fetch(write.url, {
          method: 'OPTIONS',
          headers: { Origin: origin, 'Access-Control-Request-Method': write.method, 'Access-Control-Request-Headers': write.headers },
        }).catch(() => {
          throw new Error(`${write.url} could not be reached`);
        });
        const methods = (answer.headers.get('access-control-allow-methods') ?? '').toUpperCase();
        const headers = (answer.headers.get('access-control-allow-headers') ?? '').toLowerCase();
        const headersAllowed = headers === '*' || write.headers.split(', ').every((header) => headers.split(/\s*,\s*/).includes(header));
        if (!allows(answer, origin) || !methods.includes(write.method) || !headersAllowed)
          throw new Error(`the preflight for ${write.method} ${write.url} does not allow ${origin} with ${write.headers} (answered ${answer.status})`);
        return `${write.method} with ${write.headers} allowed for ${origin}`;
      }),
    );
  }
  return results;
}

export function bookingReportText(system: BookingSystemSettings, results: CheckResult[]): string {
  const lines = results.map((r) => `${r.ok ? 'PASS' : 'FAIL'}  ${r.point}\n      ${r.detail}`);
  const failed = results.filter((r) => !r.ok).length;
  return [
    `Checking the ${system.type} booking system the settings name (booking.system), as <cie-appointment-link> calls it; nothing is booked`,
    '',
    ...lines,
    '',
    failed ? `${failed} of ${results.length} points would leave citizens with the other ways to book.` : `All ${results.length} points answer as the element expects.`,
  ].join('\n');
}
