// One small interface for the booking systems comuni use (RedTurtle's io-Prenotazioni, the
// Designers Italia themes, the reference receiver's own): the element talks to this, never to a system's own API. Loaded
// only on pages whose settings name a system (components/shared/booking-flow.ts).
import type { Locale } from '../settings/value-types.js';

/** A free time at the counter. */
export interface FreeSlot {
  /** When it starts, as an instant (ISO 8601 with its offset). */
  start: string;
  /** When it ends, where the system says. */
  end?: string;
  /** The system's own name for it, sent back when booking. */
  ref: string;
}

/** A question the system asks before it books, in its own words. */
export interface BookingQuestion {
  name: string;
  /** The system's label, shown as it writes it (Italian). */
  label: string;
  required: boolean;
  /** `consent`: a box the system wants ticked (the themes' privacy notice). */
  kind: 'text' | 'email' | 'tel' | 'textarea' | 'consent';
  /** What the citizen's own answers already say: their name, email or phone. */
  answer?: 'given-name' | 'family-name' | 'full-name' | 'email' | 'phone' | 'fiscal-code';
}

/** The citizen's own answers a booking system may ask again, by what they are (`BookingQuestion.answer`). */
export type KnownAnswers = Partial<Record<NonNullable<BookingQuestion['answer']>, string>>;

/** What the system answered once the appointment exists. */
export interface Booked {
  /** The system's code for it, to quote at the counter. */
  code?: string;
  start: string;
  end?: string;
  /** What `cancel` needs, where the system lets the citizen cancel from here. */
  cancelRef?: string;
  /** The office still has to confirm it (a folder set to confirm each booking). */
  pending?: boolean;
}

export interface BookingSystem {
  /** Free slots from `from` to `to` (`YYYY-MM-DD`, both included), earliest first. */
  freeSlots(from: string, to: string, signal?: AbortSignal): Promise<FreeSlot[]>;
  /** The questions the system asks for this slot. */
  questions(slot: FreeSlot): Promise<BookingQuestion[]>;
  /** Books the slot; throws `SlotTaken` if someone else took it meanwhile. `locale`: the language the citizen booked in (a system that writes to them uses it). */
  book(slot: FreeSlot, answers: Readonly<Record<string, string>>, about?: { locale: Locale }): Promise<Booked>;
  /** Cancels a booking, where the system allows it from a citizen's browser. */
  cancel?(booked: Booked): Promise<void>;
}

/** The slot was taken by someone else between the list and the booking. */
export class SlotTaken extends Error {
  constructor(readonly systemText?: string) {
    super(systemText ?? 'slot taken');
    this.name = 'SlotTaken';
  }
}

/** The system refused or could not be reached: `reason` goes to the console, for the editor. */
export class SystemUnavailable extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'SystemUnavailable';
  }
}

/** Fetches JSON, turning a network failure or a non-JSON answer into `SystemUnavailable`. */
export async function fetchJson(url: string, init: RequestInit, what: string): Promise<{ status: number; body: unknown }> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit', ...init, headers: { Accept: 'application/json', ...init.headers } });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new SystemUnavailable(`${what}: ${url} could not be reached (${String(error)}); a server on another address must allow this page's origin (CORS)`);
  }
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) as unknown };
  } catch {
    throw new SystemUnavailable(`${what}: ${url} answered ${response.status} with something that is not JSON`);
  }
}

/** Whether `iso` is a well-formed date and time. */
export const isInstant = (iso: unknown): iso is string => typeof iso === 'string' && !Number.isNaN(Date.parse(iso));
