// The Designers Italia comuni themes (WordPress, Drupal): their booking page reads free times
// from an address the comune sets (`?month=&office=` → `[{startDate, endDate}]`, Rome's clock)
// and saves with a form post (`action=save_appuntamento`). No cancelling from the citizen's side.
import type { BookingQuestion, BookingSystem, FreeSlot } from './booking-system.js';
import { fetchJson, SlotTaken, SystemUnavailable } from './booking-system.js';
import { romeInstant } from './rome-time.js';

export interface DciThemeSettings {
  slotsUrl: string;
  saveUrl: string;
  office: { id: string; name: string };
  service: { id: string; name: string };
}

interface ThemeSlot {
  startDate: string;
  endDate?: string;
}

const isThemeSlot = (s: unknown): s is ThemeSlot =>
  typeof s === 'object' && s !== null && typeof (s as ThemeSlot).startDate === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test((s as ThemeSlot).startDate);

/** The months from `from` to `to`, as `[year, month]`. */
function monthsBetween(from: string, to: string): [number, number][] {
  const months: [number, number][] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  const [lastYear, lastMonth] = to.split('-').map(Number) as [number, number];
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    months.push([year, month]);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return months;
}

const THEME_QUESTIONS: BookingQuestion[] = [
  { name: 'name', label: 'Nome', required: true, kind: 'text', answer: 'given-name' },
  { name: 'surname', label: 'Cognome', required: true, kind: 'text', answer: 'family-name' },
  { name: 'email', label: 'Email', required: true, kind: 'email', answer: 'email' },
  // The theme refuses a booking without it: the citizen ticks it, it is never sent on their behalf.
  { name: 'privacy', label: 'Ho letto l’informativa sul trattamento dei dati personali', required: true, kind: 'consent' },
];

export function dciTheme(settings: DciThemeSettings): BookingSystem {
  async function monthSlots([year, month]: [number, number], signal?: AbortSignal): Promise<ThemeSlot[]> {
    const url = new URL(settings.slotsUrl);
    url.searchParams.set('month', String(month));
    url.searchParams.set('office', settings.office.id);
    const { status, body } = await fetchJson(url.href, { signal }, 'dci-theme free times');
    // The themes answer a list; some sites key it by the month asked.
    const list = Array.isArray(body) ? body : (body as Record<string, unknown> | null)?.[String(month)];
    if (status !== 200 || !Array.isArray(list)) throw new SystemUnavailable(`dci-theme free times: ${url.href} answered ${status} without a list`);
    // The month alone is asked: a site may answer another year's month.
    return list.filter(isThemeSlot).filter((s) => s.startDate.startsWith(`${year}-${String(month).padStart(2, '0')}`));
  }

  async function freeSlots(from: string, to: string, signal?: AbortSignal): Promise<FreeSlot[]> {
    const months = await Promise.all(monthsBetween(from, to).map((m) => monthSlots(m, signal)));
    return months
      .flat()
      .filter((s) => s.startDate.slice(0, 10) >= from && s.startDate.slice(0, 10) <= to && romeInstant(s.startDate).getTime() > Date.now())
      .map((s) => ({
        ref: JSON.stringify({ startDate: s.startDate, endDate: s.endDate }),
        start: romeInstant(s.startDate).toISOString(),
        end: s.endDate ? romeInstant(s.endDate).toISOString() : undefined,
      }))
      .sort((a, b) => a.start.localeCompare(b.start));
  }

  return {
    freeSlots,
    questions: async () => THEME_QUESTIONS,
    async book(slot, answers) {
      const body = new URLSearchParams({
        action: 'save_appuntamento',
        name: answers.name ?? '',
        surname: answers.surname ?? '',
        email: answers.email ?? '',
        moreDetails: settings.service.name,
        service: JSON.stringify(settings.service),
        office: JSON.stringify(settings.office),
        appointment: slot.ref,
        privacy: answers.privacy === 'true' ? 'true' : '',
      });
      const { status, body: answer } = await fetchJson(
        settings.saveUrl,
        { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body },
        'dci-theme save_appuntamento',
      );
      const saved = answer as { success?: unknown; appuntamento?: { id?: unknown }; data?: { message?: unknown; code?: unknown } };
      if (status === 200 && saved.success === true) {
        const id = saved.appuntamento?.id;
        return { code: typeof id === 'number' || typeof id === 'string' ? String(id) : undefined, start: slot.start, end: slot.end };
      }
      // The themes answer 400 with code 1 when the time was taken meanwhile.
      if (saved.data?.code === 1) throw new SlotTaken(typeof saved.data.message === 'string' ? saved.data.message : undefined);
      throw new SystemUnavailable(`dci-theme save_appuntamento: ${settings.saveUrl} answered ${status}`);
    },
  };
}
