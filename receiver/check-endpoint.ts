// npm run check-endpoint -- <url> [--comune esempio] [--origin https://www.comune.esempio.it] [--max-file-mb 5] [--header "X-CSRF-Token: …"]
// npm run check-endpoint -- --settings comune.json   (the url, comune, origin, limit and headers from the comune's settings)
// npm run check-endpoint -- --booking --settings comune.json   (the booking system the settings name: receiver/booking-check.ts)
// Prints, point by point, where an endpoint's answers differ from the contract; exits 1 if any does.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { bookingReportText, checkBooking } from './booking-check.js';
import { checkEndpoint, reportText, type CheckOptions } from './conformance.js';
import type { BookingSystemSettings } from '../src/settings/schema.js';

const USAGE = 'usage: npm run check-endpoint -- <endpoint URL> [--comune id] [--origin https://the-comune-site] [--max-file-mb 5] [--header "Name: value"]…\n       npm run check-endpoint -- --settings the-comune-settings.json [<endpoint URL>]\n       npm run check-endpoint -- --booking --settings the-comune-settings.json [--origin https://the-comune-site]';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      comune: { type: 'string' },
      origin: { type: 'string' },
      'max-file-mb': { type: 'string' },
      header: { type: 'string', multiple: true },
      settings: { type: 'string' },
      booking: { type: 'boolean' },
    },
  });
} catch (error) {
  fail((error as Error).message);
}
const { positionals, values } = parsed;

/** What a comune's settings say about its endpoint: the first request whose channel is one. */
interface Endpointish {
  id?: string;
  website?: string;
  attachments?: { maxFileSizeMb?: number };
  requests?: Record<string, { channel?: { type?: string; url?: string; headers?: Record<string, unknown> } }>;
}
if (values.booking) {
  if (!values.settings) fail('--booking reads the booking system from --settings');
  const settings = JSON.parse(await readFile(values.settings, 'utf8').catch(() => fail(`cannot read ${values.settings}`))) as { website?: string; booking?: { system?: BookingSystemSettings } };
  const system = settings.booking?.system;
  if (!system || !['redturtle', 'dci-theme'].includes(system.type)) fail(`${values.settings} names no booking system (booking.system with type redturtle or dci-theme)`);
  const origin = values.origin ?? (settings.website ? new URL(settings.website).origin : undefined);
  const results = await checkBooking({ system, origin });
  console.log(bookingReportText(system, results));
  process.exit(results.every((r) => r.ok) ? 0 : 1);
}
let fromSettings: Partial<CheckOptions> = {};
if (values.settings) {
  const settings = JSON.parse(await readFile(values.settings, 'utf8').catch(() => fail(`cannot read ${values.settings}`))) as Endpointish;
  const channel = Object.values(settings.requests ?? {}).find((r) => r.channel?.type === 'endpoint')?.channel;
  fromSettings = {
    url: channel?.url,
    comune: settings.id,
    origin: settings.website ? new URL(settings.website).origin : undefined,
    maxFileMb: settings.attachments?.maxFileSizeMb,
    // A value read from the page (`fromMeta`) is the page's to know: any value shows whether the header is allowed.
    headers: Object.fromEntries(Object.entries(channel?.headers ?? {}).map(([name, value]) => [name, typeof value === 'string' ? value : 'check-endpoint'])),
  };
}
const headers = { ...fromSettings.headers };
for (const line of values.header ?? []) {
  const colon = line.indexOf(':');
  if (colon < 1) fail(`--header must be "Name: value", not "${line}"`);
  headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
}
const url = positionals[0] ?? fromSettings.url;
if (!url || !/^https?:\/\//.test(url)) fail(url ? `not an http(s) URL: ${url}` : 'an endpoint URL is needed (or --settings with an endpoint channel)');
const maxFileMb = values['max-file-mb'] ?? fromSettings.maxFileMb;
const results = await checkEndpoint({
  url,
  comune: values.comune ?? fromSettings.comune ?? 'esempio',
  origin: values.origin ?? fromSettings.origin,
  maxFileMb: maxFileMb === undefined ? undefined : Number(maxFileMb),
  headers,
});
console.log(reportText(url, results));
process.exitCode = results.every((r) => r.ok) ? 0 : 1;
