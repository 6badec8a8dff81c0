// Build-time only: the booking routes of the contract (dist/openapi.json), for a server that
// stands in for the reference receiver's (booking.system "receiver"; receiver/booking-routes.ts).
// The paths stand for `booking.system.url` followed by /slots and /appointments. No element
// imports this file.
import { APPOINTMENT_EXAMPLE } from './appointment-request.js';

type Json = Record<string, unknown>;

const cors = {
  'Access-Control-Allow-Origin': { schema: { type: 'string' }, description: "The comune's site that called (`Origin`), when it is one of the comune's." },
};
const problem = { type: 'object', properties: { title: { type: 'string' }, detail: { type: 'string' } } };
const answer = (description: string, schema?: Json) => ({ description, headers: cors, ...(schema ? { content: { 'application/json': { schema } } } : {}) });
const appointment = {
  type: 'object',
  required: ['code', 'start', 'end'],
  properties: {
    code: { type: 'string', description: 'Read aloud at the counter: the prefix, a dash, six letters and digits.', examples: ['ESE-7KQ4MX'] },
    start: { type: 'string', format: 'date-time' },
    end: { type: 'string', format: 'date-time' },
  },
};
const idempotencyKey = {
  name: 'Idempotency-Key',
  in: 'header',
  required: true,
  description: 'A UUID the page makes for this time: the same key again is the same booking (200), and it is what cancels it.',
  schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{16,100}$' },
};

export function bookingPaths(): Json {
  return {
    '/booking/slots': {
      get: {
        operationId: 'freeAppointmentTimes',
        summary: "The counter's free appointment times",
        parameters: ['from', 'to'].map((name) => ({ name, in: 'query', required: true, schema: { type: 'string', format: 'date' }, description: 'Days on Rome\'s clock, both included; at most 100 apart.' })),
        responses: {
          '200': answer('Free times, earliest first; none is past.', {
            type: 'object',
            required: ['slots'],
            properties: { slots: { type: 'array', items: { type: 'object', required: ['start'], properties: { start: { type: 'string', format: 'date-time' }, end: { type: 'string', format: 'date-time' } } } } },
          }),
          '400': answer('Not a range of days.', problem),
        },
      },
    },
    '/booking/appointments': {
      post: {
        operationId: 'bookAppointment',
        summary: 'A citizen books one of the free times',
        parameters: [idempotencyKey],
        requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/AppointmentRequest' }, examples: { appointment: { summary: 'A booking', value: APPOINTMENT_EXAMPLE } } } } },
        responses: {
          '201': answer('Booked: the page shows the code; the citizen is emailed a confirmation with a calendar file.', appointment),
          '200': answer('This key booked it before: the same booking.', appointment),
          '409': answer('The time has no place left, or is not one of the counter\'s: the page offers the next free times, the answers kept.', problem),
          '400': answer('No key, or not a booking.', problem),
          '429': answer('Too many requests from this client: the page offers the other ways to book.', problem),
        },
      },
    },
    '/booking/appointments/{code}/cancel': {
      post: {
        operationId: 'cancelAppointment',
        summary: 'The page that booked cancels the appointment',
        parameters: [{ name: 'code', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { type: 'object', required: ['idempotencyKey'], properties: { idempotencyKey: { type: 'string', description: 'The Idempotency-Key it was booked with.' } } } } },
        },
        responses: {
          '204': answer('Cancelled (also when it already was): the time is free again.'),
          '404': answer('No appointment with this code was booked with this key.', problem),
          '409': answer('The appointment has begun.', problem),
        },
      },
    },
  };
}
