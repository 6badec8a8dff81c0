// The booking systems' stand-ins (demo/booking-stand-in.js) over real HTTP, beside the test
// runner: /test-api/redturtle/<visit>/… and /test-api/dci/<visit>/…. Each test uses its own
// <visit> word, so their bookings never meet; a <visit> starting with "down" answers 503 to
// everything (a system that is off).
import { bookingStandIn } from '../../demo/booking-stand-in.js';

const visits = new Map();

async function readText(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export async function bookingSystems(ctx) {
  const match = /^\/test-api\/(redturtle|dci)\/([\w-]+)\/(.*)$/.exec(ctx.path);
  if (!match) return false;
  const [, system, visit, path] = match;
  if (visit.startsWith('down')) {
    ctx.status = 503;
    ctx.type = 'text/html';
    ctx.body = '<html><body>Service Unavailable</body></html>';
    return true;
  }
  const key = `${system}/${visit}`;
  if (!visits.has(key)) visits.set(key, bookingStandIn(system === 'redturtle' ? 'redturtle' : 'dci-theme'));
  const answer = visits.get(key).handle({ method: ctx.method, path, query: ctx.query, body: ctx.method === 'GET' ? '' : await readText(ctx.req) });
  if (!answer) return false;
  ctx.status = answer.status;
  if (answer.body !== undefined) {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(answer.body);
  }
  return true;
}
