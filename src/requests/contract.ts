// Build-time only: the endpoint contract as an OpenAPI 3.1 document (dist/openapi.json),
// from the same JSON Schema the forms' payloads are parsed by, with the answers the form
// understands and one example per request type. No element imports this file.
import { bookingPaths } from '../booking/booking-contract.js';
import { CONTACT_UPDATE_EXAMPLE, REPRINT_EXAMPLE } from './contract-examples.js';

type Json = Record<string, unknown>;

const reference = {
  type: 'object',
  required: ['reference'],
  properties: {
    reference: { type: 'string', maxLength: 80, description: 'Printable, read aloud by the office: e.g. ESE-2026-000123.', examples: ['ESE-2026-000123'] },
    receivedAt: {
      type: 'string',
      format: 'date-time',
      description:
        'When you received it (for a 409, the first time), by your clock: the receipt shows it and counts the expected date from it. Without it the form reads your `Date` header (expose it with Access-Control-Expose-Headers from another origin); without either, the receipt gives no time and no expected date (never the clock of the device, which may be years off).',
      examples: ['2026-12-04T10:30:00Z'],
    },
  },
};
const fieldErrors = {
  type: 'object',
  required: ['errors'],
  properties: {
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['field'],
        properties: {
          field: { type: 'string', description: 'A payload path (`holder.codiceFiscale`), a part (`cardFront`) or `attachments[N]`.' },
          message: { type: 'string', description: 'Shown to the citizen on that field, as text, as you write it (Italian, or the request\'s `locale`).' },
        },
      },
    },
  },
  description:
    'Also read: RFC 9457 problem details with `errors[].pointer`/`errors[].field` and `detail`; Spring (`defaultMessage`); Laravel and ASP.NET `errors` objects of message arrays (case-insensitive names, `$.`-paths).',
};
const problem = { type: 'object', properties: { title: { type: 'string' }, detail: { type: 'string', description: 'Shown to the citizen, as text.' } } };
const fileTypes = 'application/pdf, image/jpeg, image/png';
const textAnswer = (description: string, schema?: Json, headers?: Json) => ({
  description,
  headers: { ...corsAnswer, ...headers },
  ...(schema ? { content: { 'application/json': { schema } } } : {}),
});

/** On every answer to another origin: without them the browser hides the answer from the form. */
const corsAnswer = {
  'Access-Control-Allow-Origin': { schema: { type: 'string' }, description: 'The comune\'s site that sent the request (`Origin`), when it is one of the comune\'s: never `*`, never any origin echoed.' },
  'Access-Control-Expose-Headers': { schema: { type: 'string', const: 'Retry-After' } },
};

/** A JSON Schema as a component: the document names its dialect once, and a schema's own title would read as the component's. */
const component = (schema: Json) => Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema' && key !== 'title'));

/** A rating as the service card's page or a form's end sends it (src/requests/rating.ts). */
export const RATING_EXAMPLE = {
  schemaVersion: 1,
  comune: 'esempio',
  variant: 'service',
  request: 'reprint',
  page: 'https://www.comune.esempio.it/servizi/pin-puk-cie',
  stars: 2,
  aspect: 'unsure-of-progress',
  details: 'Non sapevo se servisse la foto della carta',
  locale: 'it',
};

export function openApiDocument(requestJsonSchema: Json, version: string, ratingJsonSchema: Json, appointmentJsonSchema: Json): Json {
  const requestSchema = component(requestJsonSchema);
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'cie-widgets: what a comune\'s endpoint receives and answers',
      version,
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
      description: [
        'The forms post to the URL in the comune\'s settings (`requests.<request>.channel.url`); the path below stands for it.',
        'Every submission carries an `Idempotency-Key` (also in the payload): the same key is the same request — answer a repeat with 409 and the first reference, and record it once.',
        'Success is only a 200/201 JSON answer with a `reference`, from this URL: never redirect it (a browser re-sends the body of a 307/308 to wherever it points).',
        'From another origin, answer the CORS preflight: `Access-Control-Allow-Origin: <the comune\'s site>`, `Access-Control-Allow-Methods: POST`, `Access-Control-Allow-Headers: Idempotency-Key, Content-Type` (plus any header the settings add), and expose `Retry-After` with `Access-Control-Expose-Headers: Retry-After`.',
        `Files: the card's front and back, ${fileTypes}, at most 5 MB each unless the settings say otherwise (the form checks their bytes, not only their names; check them again).`,
        'Bots: `form.secondsToFill` is the time from the form appearing to its sending (by the page\'s clock), `form.honeypot` a field no person sees (empty when a person sends). Refuse a filled honeypot or an implausibly quick form with 400; a person who was that quick is asked to send again.',
        'A reference implementation (PostgreSQL, emails, retention, export) is `receiver/` in the repository, at `/comuni/{id}/cie-requests`; `npm run check-endpoint -- <url>` checks any endpoint against this document.',
        'The `/booking/…` paths stand for `booking.system.url` (type `receiver`) followed by them: the counter\'s own appointments, as the reference receiver keeps them; `npm run check-endpoint -- --booking --settings <file>` checks them.',
      ].join('\n\n'),
    },
    servers: [{ url: 'https://servizi.comune.esempio.it', description: 'Example: the comune\'s own server' }],
    paths: {
      '/cie-requests': {
        options: {
          operationId: 'cieRequestsPreflight',
          summary: 'The browser\'s CORS preflight, when the page and the endpoint are on different hosts',
          parameters: [
            { name: 'Origin', in: 'header', required: true, schema: { type: 'string', format: 'uri' }, description: 'The page\'s site: allow the comune\'s sites only.' },
            { name: 'Access-Control-Request-Method', in: 'header', required: true, schema: { type: 'string', const: 'POST' } },
            { name: 'Access-Control-Request-Headers', in: 'header', schema: { type: 'string' }, description: '`content-type,idempotency-key`, and the headers the settings add (`requests.<request>.channel.headers`).' },
          ],
          responses: {
            '204': {
              description: 'Allowed, for one of the comune\'s sites; for any other site, answer without these headers (or 403).',
              headers: {
                'Access-Control-Allow-Origin': corsAnswer['Access-Control-Allow-Origin'],
                'Access-Control-Allow-Methods': { schema: { type: 'string' }, description: 'Includes POST.' },
                'Access-Control-Allow-Headers': { schema: { type: 'string' }, description: 'Includes Content-Type, Idempotency-Key and every header the settings add.' },
                'Access-Control-Max-Age': { schema: { type: 'integer' }, description: 'Seconds the browser may keep this answer (600 in the reference receiver).' },
              },
            },
          },
        },
        post: {
          operationId: 'submitCieRequest',
          summary: 'A reprint of the PIN/PUK codes or a contact update, from a citizen',
          parameters: [
            { name: 'Idempotency-Key', in: 'header', required: true, description: 'One per request; retries and resubmissions of the same answers reuse it.', schema: { type: 'string', format: 'uuid' } },
            { name: 'Accept', in: 'header', schema: { type: 'string', const: 'application/json' } },
          ],
          requestBody: {
            required: true,
            description: 'multipart/form-data when the card\'s copies go with it (the request as JSON in the part `request`); application/json when no file does (a contact update where the comune does not require the copy).',
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/CieRequest' },
                examples: { 'contact-update': { summary: 'Contact update, no copy', value: { ...CONTACT_UPDATE_EXAMPLE, attachments: [] } } },
              },
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  required: ['request'],
                  properties: {
                    request: { $ref: '#/components/schemas/CieRequest' },
                    cardFront: { type: 'string', contentMediaType: 'application/octet-stream', description: `The card's front (${fileTypes}).` },
                    cardBack: { type: 'string', contentMediaType: 'application/octet-stream', description: `The card's back (${fileTypes}).` },
                  },
                },
                encoding: { request: { contentType: 'application/json' }, cardFront: { contentType: fileTypes }, cardBack: { contentType: fileTypes } },
                examples: {
                  reprint: { summary: 'Reprint of the codes, with both sides of the card', value: { request: REPRINT_EXAMPLE } },
                  'contact-update': { summary: 'Contact update by a delegate, with the card\'s front', value: { request: CONTACT_UPDATE_EXAMPLE } },
                },
              },
            },
          },
          responses: {
            '201': textAnswer('Received: the citizen gets a receipt with this reference.', reference),
            '200': textAnswer('Received (as 201).', reference),
            '409': textAnswer('This Idempotency-Key was received before: the first reference; shown as already received.', reference),
            '400': { description: 'Fields to correct, each shown on its field; or a refusal naming none, its `detail` shown.', content: { 'application/json': { schema: fieldErrors }, 'application/problem+json': { schema: { ...problem, properties: { ...problem.properties, errors: fieldErrors.properties.errors } } } } },
            '422': { description: 'As 400.', content: { 'application/json': { schema: fieldErrors }, 'application/problem+json': { schema: { ...problem, properties: { ...problem.properties, errors: fieldErrors.properties.errors } } } } },
            '413': textAnswer('The files are larger than you take: the citizen is told the limit in the settings.'),
            '401': textAnswer('This page may not post here: the citizen is told it is not their fault; fix the configuration.'),
            '403': textAnswer('As 401.'),
            '429': textAnswer('Too many requests: retried after `Retry-After` (seconds), then the citizen is told when to try again.', undefined, {
              'Retry-After': { schema: { type: 'integer', minimum: 0 }, description: 'Seconds; expose it to other origins with Access-Control-Expose-Headers.' },
            }),
            '5XX': textAnswer('Retried with back-off (4 attempts in all), then the citizen is told plainly and shown the comune\'s other channels, answers kept.'),
          },
        },
      },
      '/ratings': {
        post: {
          operationId: 'submitRating',
          summary: 'A citizen\'s rating of the service card\'s page or of a form just used',
          description:
            'Posted to `rating.url` in the settings, as JSON, once the citizen sends it (stars, the answer to the follow-up question, a few words): Designers Italia\'s rating (criteria C.SI.2.6 and C.SE.1.7). No personal data is asked. There is no Idempotency-Key and no retry: the citizen may send again. From another origin, answer the CORS preflight as for requests (`Content-Type`).',
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Rating' }, examples: { rating: { summary: 'Two stars after a reprint request', value: RATING_EXAMPLE } } } } },
          responses: {
            '201': textAnswer('Kept: the citizen is thanked.'),
            '200': textAnswer('Kept (as 201).'),
            '204': textAnswer('Kept (as 201).'),
            '400': textAnswer('Not a rating: the citizen is told it was not sent, and may try again.', problem),
            '4XX': textAnswer('Not kept: as 400.'),
            '5XX': textAnswer('Not kept: as 400.'),
          },
        },
      },
      ...bookingPaths(),
    },
    components: { schemas: { CieRequest: requestSchema, Rating: component(ratingJsonSchema), AppointmentRequest: component(appointmentJsonSchema) } },
  };
}
