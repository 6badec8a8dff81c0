// What every route of the receiver answers with: bodies read within a limit, JSON (or a
// problem+json) never cached, and CORS only for the comune's own sites.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Comune } from './config.js';

export class BodyTooLarge extends Error {}

export async function readLimited(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw new BodyTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export function send(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) {
  const problem = status >= 400 && body && typeof body === 'object' && !('errors' in body);
  res.writeHead(status, {
    ...(body === undefined ? {} : { 'Content-Type': problem ? 'application/problem+json' : 'application/json; charset=utf-8' }),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(body === undefined ? undefined : JSON.stringify(body));
}

/** CORS for a comune's own sites: the answer names the origin, or says nothing (the browser then refuses). */
export function corsHeaders(origin: string | undefined, comune: Comune | undefined): Record<string, string> {
  if (!origin || !comune?.allowedOrigins.includes(origin)) return { Vary: 'Origin' };
  return { 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': 'Retry-After', Vary: 'Origin' };
}
