// The reference receiver's own appointments (receiver/booking-routes.ts), for a comune with no
// booking system: the office sets its week on the receiver, citizens book from the page. A
// booking is sent with an Idempotency-Key, kept for each time until it is cancelled: a retry
// after a lost answer gets the same appointment, and that key is what cancels it.
import type { AppointmentRequest } from './appointment-request.js';
import type { Booked, BookingQuestion, BookingSystem, FreeSlot } from './booking-system.js';
import { fetchJson, isInstant, SlotTaken, SystemUnavailable } from './booking-system.js';

export interface ReceiverBookingSettings {
  url: string;
}

/** The receiver asks for who is coming and where to send the confirmation; the labels are the element's own words. */
const QUESTIONS: BookingQuestion[] = [
  { name: 'givenName', label: 'Nome', required: true, kind: 'text', answer: 'given-name' },
  { name: 'familyName', label: 'Cognome', required: true, kind: 'text', answer: 'family-name' },
  { name: 'email', label: 'Email', required: true, kind: 'email', answer: 'email' },
  { name: 'phone', label: 'Telefono', required: false, kind: 'tel', answer: 'phone' },
];

export function receiverBooking({ url }: ReceiverBookingSettings): BookingSystem {
  const base = url.replace(/\/+$/, '');
  /** The key each time was (or is being) booked with: the same on a retry, a new one after a cancel. */
  const keys = new Map<string, string>();

  return {
    async freeSlots(from, to, signal) {
      const address = `${base}/slots?${new URLSearchParams({ from, to })}`;
      const { status, body } = await fetchJson(address, { signal }, 'receiver free times');
      const slots = (body as { slots?: unknown } | null)?.slots;
      if (status !== 200 || !Array.isArray(slots)) throw new SystemUnavailable(`receiver free times: ${address} answered ${status} without a list of slots`);
      return slots
        .filter((slot): slot is { start: string; end?: string } => isInstant((slot as { start?: unknown })?.start))
        .map((slot): FreeSlot => ({ ref: slot.start, start: new Date(slot.start).toISOString(), end: isInstant(slot.end) ? new Date(slot.end).toISOString() : undefined }));
    },

    questions: async () => QUESTIONS,

    async book(slot, answers, about) {
      const key = keys.get(slot.ref) ?? crypto.randomUUID();
      keys.set(slot.ref, key);
      const address = `${base}/appointments`;
      const { phone, ...rest } = answers;
      const { status, body } = await fetchJson(
        address,
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
          body: JSON.stringify({
            start: slot.ref,
            givenName: rest.givenName ?? '',
            familyName: rest.familyName ?? '',
            email: rest.email ?? '',
            ...(phone ? { phone } : {}),
            locale: about?.locale ?? 'it',
          } satisfies AppointmentRequest),
        },
        'receiver booking',
      );
      const answer = body as { code?: unknown; start?: unknown; end?: unknown; title?: unknown };
      if ((status === 200 || status === 201) && isInstant(answer.start)) {
        return {
          code: typeof answer.code === 'string' ? answer.code : undefined,
          start: new Date(answer.start).toISOString(),
          end: isInstant(answer.end) ? new Date(answer.end).toISOString() : undefined,
          cancelRef: JSON.stringify({ code: answer.code, key, ref: slot.ref }),
        } satisfies Booked;
      }
      if (status === 409) {
        keys.delete(slot.ref);
        throw new SlotTaken();
      }
      throw new SystemUnavailable(`receiver booking: ${address} answered ${status}${typeof answer.title === 'string' ? `: ${answer.title}` : ''}`);
    },

    async cancel(booked) {
      const { code, key, ref } = JSON.parse(booked.cancelRef ?? '{}') as { code?: string; key?: string; ref?: string };
      if (!code || !key) throw new SystemUnavailable('receiver: this booking has no code to cancel it with');
      const address = `${base}/appointments/${encodeURIComponent(code)}/cancel`;
      let response: Response;
      try {
        response = await fetch(address, { method: 'POST', credentials: 'omit', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify({ idempotencyKey: key }) });
      } catch (error) {
        throw new SystemUnavailable(`receiver cancel: ${address} could not be reached (${String(error)})`);
      }
      if (response.status !== 204) throw new SystemUnavailable(`receiver cancel: ${address} answered ${response.status}`);
      // Booking the same time again is a new appointment, with a key of its own.
      if (ref) keys.delete(ref);
    },
  };
}
