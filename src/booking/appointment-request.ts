// What a page sends the reference receiver to book the counter (booking.system "receiver"):
// the receiver checks it with this schema (receiver/booking-routes.ts), the contract describes
// it (dist/openapi.json). As lenient as the page's own checks
// (components/shared/booking-flow.ts): what the page lets through must not come back
// refused, or the citizen meets a dead end at the last step.
import { LOCALES } from '../settings/lists.js';
import { z } from '../zod.js';

const personName = z.string().check(z.trim(), z.minLength(1), z.maxLength(200));

export const appointmentRequestSchema = z.strictObject({
  /** One of the free times' `start`, as the receiver wrote it. */
  start: z.iso.datetime({ offset: true }),
  givenName: personName,
  familyName: personName,
  /** Where the confirmation goes. */
  email: z.string().check(z.trim(), z.maxLength(254), z.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/)),
  phone: z.optional(z.string().check(z.trim(), z.maxLength(40))),
  /** The language the citizen booked in: the confirmation is written in it. */
  locale: z.enum(LOCALES),
});

export type AppointmentRequest = z.output<typeof appointmentRequestSchema>;

/** The contract's example: invented names, as every example in this project. */
export const APPOINTMENT_EXAMPLE: AppointmentRequest = {
  start: '2027-03-11T09:00:00.000Z',
  givenName: 'Lucia',
  familyName: 'Prova',
  email: 'lucia.prova@example.org',
  locale: 'it',
};
