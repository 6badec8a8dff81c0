// The demo's stand-in for a comune's servers (msw in a service worker): settings served
// from a URL with a realistic delay, and a URL that fails as an unreachable one would.
import { delay, http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import exampleSettings from './settings/esempio.json';

const worker = setupWorker(
  http.get('/api/comune/settings.json', async () => {
    await delay(600); // long enough to see the loading state
    return HttpResponse.json(exampleSettings);
  }),
  http.get('/api/offline/settings.json', () => HttpResponse.error()),
);

export async function startMockBackend(): Promise<void> {
  await worker.start({ quiet: true, onUnhandledFrame: 'bypass' });
}
