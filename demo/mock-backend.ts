// The demo's stand-in for a comune's servers (msw in a service worker): settings served
// from a URL with a realistic delay, a URL that fails as an unreachable one would, a
// request endpoint, where ratings go and a booking system (RedTurtle's io-Prenotazioni).
import { delay, http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import exampleSettings from './settings/esempio.json';
import { bookingStandIn } from './booking-stand-in.js';

/** An io-Prenotazioni folder (RedTurtle) for demo/prenotazione.html: free times, bookings, cancelling, kept while the page is open. */
const BOOKING_FOLDER = 'https://prenotazioni.comune.esempio.it/prenotazioni/cie/';
const RECEIVER_SITE = 'https://ricevitore.comune.esempio.it/';
const bookingFolder = bookingStandIn('redturtle');

const worker = setupWorker(
  http.get('/api/comune/settings.json', async () => {
    await delay(600); // long enough to see the loading state
    return HttpResponse.json(exampleSettings);
  }),
  http.get('/api/offline/settings.json', () => HttpResponse.error()),
  // The comune's request endpoint. The holder's surname picks the answer, to try each state:
  // "Errore" → 500, "Occupato" → 429, "Campo" → 400 on the card number, anything else → 201.
  http.post('/api/cie/reprint', async ({ request }) => {
    const form = await request.formData();
    const payload = JSON.parse(await (form.get('request') as File).text());
    await delay(800);
    switch (payload.holder.familyName) {
      case 'Errore':
        return new HttpResponse(null, { status: 500 });
      case 'Occupato':
        return new HttpResponse(null, { status: 429, headers: { 'Retry-After': '600' } });
      case 'Campo':
        return HttpResponse.json({ errors: [{ field: 'holder.cardNumber', message: 'Numero della carta non trovato' }] }, { status: 400 });
      default:
        return HttpResponse.json({ reference: `ESE-${new Date().getFullYear()}-${String(++received).padStart(4, '0')}` }, { status: 201 });
    }
  }),
  // The booking folder, answering as redturtle.prenotazioni's REST services do.
  http.all(`${BOOKING_FOLDER}*`, async ({ request }) => {
    await delay(500); // long enough to see "Cerco gli orari liberi…"
    const url = new URL(request.url);
    const answer = bookingFolder.handle({
      method: request.method,
      path: decodeURIComponent(url.pathname.slice(new URL(BOOKING_FOLDER).pathname.length)),
      query: Object.fromEntries(url.searchParams),
      body: request.method === 'GET' ? '' : await request.text(),
    });
    if (!answer) return new HttpResponse(null, { status: 404 });
    return answer.body === undefined ? new HttpResponse(null, { status: answer.status }) : HttpResponse.json(answer.body, { status: answer.status });
  }),
  // The reference receiver's booking address in the demo's settings, answered by the real receiver
  // `npm start` runs at /receiver/, as the comune's reverse proxy in front of it would.
  http.all(`${RECEIVER_SITE}*`, async ({ request }) => {
    const url = new URL(request.url);
    const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer();
    return fetch(`${location.origin}/receiver${url.pathname}${url.search}`, { method: request.method, headers: request.headers, body });
  }),
  // Where the example comune's ratings go (`rating.url`): kept, as a receiver would.
  http.post('https://www.comune.esempio.it/api/cie/ratings', async () => {
    await delay(400);
    return HttpResponse.json({}, { status: 201 });
  }),
);

let received = 0;

export async function startMockBackend(): Promise<void> {
  await worker.start({ quiet: true, onUnhandledFrame: 'bypass' });
}
