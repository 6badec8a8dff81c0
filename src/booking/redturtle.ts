// RedTurtle's redturtle.prenotazioni (io-Prenotazioni, on many comuni's Plone sites), through
// its public REST services on the booking folder: @available-slots, @booking-schema, @booking.
// Anonymous citizens may book and cancel their own future booking; a page on another
// address needs the site to allow its origin (CORS).
import type { Booked, BookingQuestion, BookingSystem, FreeSlot } from './booking-system.js';
import { fetchJson, isInstant, SlotTaken, SystemUnavailable } from './booking-system.js';

export interface RedturtleSettings {
  folder: string;
  bookingType: string;
}

/** plone.restapi writes instants in UTC, sometimes without the offset: read them so. */
const instantOf = (iso: string) => new Date(/[Zz]|[+-]\d\d:?\d\d$/.test(iso) ? iso : `${iso}Z`).toISOString();

/** What the citizen's own answers already hold, by the folder's usual field names. */
const KNOWN: Record<string, Pick<BookingQuestion, 'kind' | 'answer'>> = {
  fullname: { kind: 'text', answer: 'full-name' },
  email: { kind: 'email', answer: 'email' },
  phone: { kind: 'tel', answer: 'phone' },
  fiscalcode: { kind: 'text', answer: 'fiscal-code' },
};

export function redturtle({ folder, bookingType }: RedturtleSettings): BookingSystem {
  const base = folder.replace(/\/+$/, '');
  const query = (params: Record<string, string>) => new URLSearchParams(params).toString();

  async function freeSlots(from: string, to: string, signal?: AbortSignal): Promise<FreeSlot[]> {
    const url = `${base}/@available-slots?${query({ start: from, end: to, booking_type: bookingType })}`;
    const { status, body } = await fetchJson(url, { signal }, 'redturtle @available-slots');
    const items = (body as { items?: unknown }).items;
    if (status !== 200 || !Array.isArray(items)) throw new SystemUnavailable(`redturtle @available-slots: ${url} answered ${status} without a list of items`);
    return items.filter(isInstant).map((ref) => ({ ref, start: instantOf(ref) }));
  }

  return {
    freeSlots,

    async questions(slot) {
      const url = `${base}/@booking-schema?${query({ booking_date: slot.ref })}`;
      const { status, body } = await fetchJson(url, {}, 'redturtle @booking-schema');
      const fields = (body as { fields?: unknown }).fields;
      if (status !== 200 || !Array.isArray(fields)) throw new SystemUnavailable(`redturtle @booking-schema: ${url} answered ${status} without fields`);
      return (fields as { name?: unknown; label?: unknown; required?: unknown; readonly?: unknown; type?: unknown }[])
        .filter((f) => typeof f.name === 'string' && !f.readonly && (f.required === true || f.name in KNOWN))
        .map((f) => {
          const name = f.name as string;
          const known = KNOWN[name];
          return {
            name,
            label: typeof f.label === 'string' ? f.label : name,
            required: f.required === true,
            kind: known?.kind ?? (f.type === 'textarea' ? 'textarea' : 'text'),
            answer: known?.answer,
          } satisfies BookingQuestion;
        });
    },

    async book(slot, answers) {
      const url = `${base}/@booking`;
      const fields = Object.entries(answers).map(([name, value]) => ({ name, value }));
      const { status, body } = await fetchJson(
        url,
        { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ booking_date: slot.ref, booking_type: bookingType, fields }) },
        'redturtle @booking',
      );
      const answer = body as { booking_code?: unknown; booking_date?: unknown; booking_expiration_date?: unknown; UID?: unknown; booking_status?: unknown; message?: unknown };
      if (status === 200 || status === 201) {
        if (!isInstant(answer.booking_date)) throw new SystemUnavailable(`redturtle @booking: ${url} answered ${status} without a booking_date`);
        return {
          code: typeof answer.booking_code === 'string' ? answer.booking_code : undefined,
          start: instantOf(answer.booking_date),
          end: isInstant(answer.booking_expiration_date) ? instantOf(answer.booking_expiration_date) : undefined,
          cancelRef: typeof answer.UID === 'string' ? answer.UID : undefined,
          pending: answer.booking_status === 'pending',
        } satisfies Booked;
      }
      const said = typeof answer.message === 'string' ? answer.message : undefined;
      // A refusal is worded in the site's language: whether the slot went is read from the slots themselves.
      if (status === 400 && !(await stillFree(slot))) throw new SlotTaken(said);
      throw new SystemUnavailable(`redturtle @booking: ${url} answered ${status}${said ? `: ${said}` : ''}`);
    },

    async cancel(booked) {
      if (!booked.cancelRef) throw new SystemUnavailable('redturtle: this booking has no UID to cancel it with');
      const url = `${base}/@booking/${encodeURIComponent(booked.cancelRef)}`;
      let response: Response;
      try {
        response = await fetch(url, { method: 'DELETE', credentials: 'omit', headers: { Accept: 'application/json' } });
      } catch (error) {
        throw new SystemUnavailable(`redturtle DELETE @booking: ${url} could not be reached (${String(error)})`);
      }
      if (!response.ok) throw new SystemUnavailable(`redturtle DELETE @booking: ${url} answered ${response.status}`);
    },
  };

  async function stillFree(slot: FreeSlot): Promise<boolean> {
    const day = slot.start.slice(0, 10);
    try {
      return (await freeSlots(day, day)).some((free) => free.start === slot.start);
    } catch {
      return true;
    }
  }
}
