// The HTTP side: POST /comuni/<id>/cie-requests and /comuni/<id>/ratings as the contract
// says, the counter's appointments (booking-routes.ts), their CORS preflight for the
// comune's own sites only, GET /health. Bodies and clients are limited; the log
// says what happened to a request (status, time, reference) and nothing about who sent it.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { BOOKING_ROUTE, handleBooking } from './booking-routes.js';
import type { Comune, Receiver } from './config.js';
import type { Database } from './database.js';
import { BodyTooLarge, corsHeaders, readLimited, send } from './http.js';
import { readSubmission } from './intake.js';
import { clientAddress, ClientLimiter } from './limits.js';
import { ratingSchema } from '../src/requests/rating-schema.js';
import { recordRating, recordRequest } from './store.js';

const ROUTE = /^\/comuni\/([a-z0-9-]+)\/(cie-requests|ratings)\/?$/;
/** A rating is a few words: nothing larger is one. */
const RATING_MAX_BYTES = 4096;
/** The headers the contract's requests carry; a comune's pages may add more (allowedHeaders, its settings' channel headers). */
const CONTRACT_HEADERS = ['Idempotency-Key', 'Content-Type', 'Accept'];

/** The headers a preflight may ask for on this comune's endpoint. */
function allowedHeaders(comune: Comune): string {
  const fromSettings = Object.values(comune.widget.requests).flatMap((service) =>
    service?.channel.type === 'endpoint' ? Object.keys(service.channel.headers ?? {}) : [],
  );
  return [...new Set([...CONTRACT_HEADERS, ...comune.allowedHeaders, ...fromSettings])].join(', ');
}

export interface ReceiverServer {
  server: Server;
  /** Called after a request or a booking is recorded: the outbox has mail to send. */
  onRecorded?: () => void;
}

type Log = (entry: Record<string, unknown>) => void;

export function createReceiverServer(receiver: Receiver, db: Database, hooks: { onRecorded?: () => void; log?: Log } = {}): Server {
  const limiter = new ClientLimiter(receiver.limits.requestsPerClientPerHour);
  const log: Log = hooks.log ?? ((entry) => console.log(JSON.stringify(entry)));

  const hops = receiver.trustProxy === true ? 1 : receiver.trustProxy === false ? 0 : receiver.trustProxy;
  const clientOf = (req: IncomingMessage) => clientAddress(req.headers['x-forwarded-for'] as string | undefined, req.socket.remoteAddress, hops);

  async function handle(req: IncomingMessage, res: ServerResponse, note: Record<string, unknown>): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://receiver.invalid').pathname;
    if (path === '/health' && req.method === 'GET') {
      note.route = '/health';
      // Readable by any monitoring page: it says nothing but whether the database answers.
      const open = { 'Access-Control-Allow-Origin': '*' };
      try {
        await db.query('select 1');
        return send(res, 200, { status: 'ok', database: db.kind }, open);
      } catch {
        return send(res, 503, { status: 'unavailable', database: db.kind }, open);
      }
    }
    const booking = BOOKING_ROUTE.exec(path);
    const match = booking ?? ROUTE.exec(path);
    if (!match) return send(res, 404, { title: 'Not Found' });
    note.route = booking ? `/comuni/:id/booking/${booking[2]}${booking[3] ? '/:code/cancel' : ''}` : `/comuni/:id/${match[2]}`;
    note.comune = match[1];
    const comune = receiver.comuni.get(match[1]);
    const origin = req.headers.origin;
    const cors = corsHeaders(origin, comune);
    if (!comune) return send(res, 404, { title: 'No such comune here' }, cors);
    // A page of another site may not call here; a server (no Origin) may, as the contract's checker does.
    if (origin && !comune.allowedOrigins.includes(origin)) return send(res, 403, { title: 'This origin may not post here' }, cors);
    if (booking) {
      return handleBooking({
        req,
        res,
        comune,
        cors,
        db,
        route: booking[2] as 'slots' | 'appointments',
        code: booking[3],
        takeClient: () => limiter.take(clientOf(req)),
        note,
        onBooked: () => hooks.onRecorded?.(),
      });
    }
    const route = match[2] as 'cie-requests' | 'ratings';
    if (req.method === 'OPTIONS') {
      return send(res, 204, undefined, {
        ...cors,
        'Access-Control-Allow-Methods': 'POST',
        'Access-Control-Allow-Headers': allowedHeaders(comune),
        'Access-Control-Max-Age': '600',
      });
    }
    if (req.method !== 'POST') return send(res, 405, { title: 'Method Not Allowed' }, { ...cors, Allow: 'POST, OPTIONS' });

    const wait = limiter.take(clientOf(req));
    if (wait !== undefined) return send(res, 429, { title: 'Too Many Requests' }, { ...cors, 'Retry-After': String(wait) });
    if (route === 'ratings') return receiveRating(req, res, comune, cors);
    let body: Buffer;
    try {
      body = await readLimited(req, receiver.limits.bodyMb * 1024 * 1024);
    } catch (error) {
      if (!(error instanceof BodyTooLarge)) throw error;
      res.setHeader('Connection', 'close'); // the rest of the body is not read
      return send(res, 413, { title: 'Payload Too Large', detail: `At most ${receiver.limits.bodyMb} MB in all.` }, cors);
    }
    const intake = await readSubmission({
      contentType: String(req.headers['content-type'] ?? ''),
      body,
      idempotencyKey: req.headers['idempotency-key'] as string | undefined,
      comune,
      minSecondsToFill: receiver.limits.minSecondsToFill,
    });
    if (!intake.ok) {
      if (intake.bot) note.refused = 'bot';
      return send(res, intake.status, intake.body, cors);
    }
    const recorded = await recordRequest(db, { prefix: comune.referencePrefix, request: intake.request, copies: intake.copies });
    note.reference = recorded.reference;
    if (recorded.created) hooks.onRecorded?.();
    // When it was received, by this server's clock: the citizen's receipt and its expected date count from it.
    return send(res, recorded.created ? 201 : 409, { reference: recorded.reference, receivedAt: recorded.receivedAt.toISOString() }, cors);
  }

  /** A rating: JSON the rating schema accepts, for this comune; 201 with nothing to say. */
  async function receiveRating(req: IncomingMessage, res: ServerResponse, comune: Comune, cors: Record<string, string>): Promise<void> {
    let body: Buffer;
    try {
      body = await readLimited(req, RATING_MAX_BYTES);
    } catch (error) {
      if (!(error instanceof BodyTooLarge)) throw error;
      res.setHeader('Connection', 'close');
      return send(res, 413, { title: 'Payload Too Large' }, cors);
    }
    let json: unknown;
    try {
      json = /^application\/json\b/i.test(String(req.headers['content-type'] ?? '')) ? JSON.parse(body.toString('utf8')) : undefined;
    } catch {
      json = undefined;
    }
    const parsed = ratingSchema.safeParse(json);
    if (!parsed.success) return send(res, 400, { title: 'Not a rating', detail: 'The body is not a rating as the contract says (/ratings).' }, cors);
    if (parsed.data.comune !== comune.id) return send(res, 400, { title: 'Not a rating for this comune' }, cors);
    await recordRating(db, parsed.data);
    return send(res, 201, {}, cors);
  }

  return createServer((req, res) => {
    const started = performance.now();
    const note: Record<string, unknown> = { method: req.method };
    handle(req, res, note)
      .catch(() => {
        note.error = true;
        if (!res.headersSent) send(res, 500, { title: 'Internal Server Error' });
        else res.destroy();
      })
      .finally(() => log({ time: new Date().toISOString(), ...note, status: res.statusCode, ms: Math.round(performance.now() - started) }));
  });
}
