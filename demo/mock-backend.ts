// The demo's stand-in for a comune's servers (msw in a service worker): settings served
// from a URL with a realistic delay, a URL that fails as an unreachable one would, a
// request endpoint and where ratings go.
import { delay, http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import exampleSettings from './settings/esempio.json';

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
