// Stand-ins for the booking systems comuni use, written from their public descriptions, that
// keep their bookings as they do: the tests serve them over real HTTP
// (test/server/booking-systems.mjs), the demo from its service worker (demo/mock-backend.ts).
// Plain JavaScript with nothing but the platform, so Node and the browser run the same code.
// - RedTurtle redturtle.prenotazioni (README "REST API": @available-slots, @booking-schema,
//   POST @booking, DELETE @booking/<UID>): times in UTC without an offset, as plone.restapi
//   writes them; a slot booked by someone else answers 400 "Sorry, this slot is not available anymore.".
// - the Designers Italia comuni themes' booking page: GET date?month=&office= → [{startDate,
//   endDate}] on Rome's clock; POST save (action=save_appuntamento) → {success, appuntamento:{id}},
//   or 400 {success:false, data:{message, code:1}} when the time was taken.
// `take` books a slot behind the citizen's back; `bookings` lists what the system holds.

const romeParts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', weekday: 'short' });
const partsOf = (date) => Object.fromEntries(romeParts.formatToParts(date).map((x) => [x.type, x.value]));
const romeLocal = (date) => {
  const p = partsOf(date);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
};
const utcNaive = (date) => date.toISOString().slice(0, 19);

/** The instant of a Rome wall-clock time. */
function romeInstant(date, time) {
  const guess = Date.parse(`${date}T${time}:00Z`);
  const offset = (ms) => Date.parse(`${romeLocal(new Date(ms))}:00Z`) - ms;
  return new Date(guess - offset(guess - offset(guess)));
}

/** Italy's national holidays on a fixed date (a counter is closed; Easter Monday aside). */
const HOLIDAYS = ['01-01', '01-06', '04-25', '05-01', '06-02', '08-15', '11-01', '12-08', '12-25', '12-26'];

/** The counter's free times: working days from tomorrow for three weeks, 9:00, 9:30 and 10:00 in Rome, 30 minutes each. */
function counterSlots() {
  const slots = [];
  for (let d = 1; d <= 21; d++) {
    const p = partsOf(new Date(Date.now() + d * 86_400_000));
    if (p.weekday === 'Sat' || p.weekday === 'Sun' || HOLIDAYS.includes(`${p.month}-${p.day}`)) continue;
    const date = `${p.year}-${p.month}-${p.day}`;
    for (const time of ['09:00', '09:30', '10:00']) {
      const start = romeInstant(date, time);
      slots.push({ date, start, end: new Date(start.getTime() + 30 * 60_000) });
    }
  }
  return slots;
}

const answer = (status, body) => ({ status, body });
const code = () => crypto.randomUUID().replace(/-/g, '').slice(0, 6).toUpperCase();

/** One booking system's state and its answers: `handle` takes a request as plain values. */
export function bookingStandIn(system) {
  const slots = counterSlots();
  const bookings = [];
  const isFree = (start) => !bookings.some((b) => b.start.getTime() === start.getTime() && !b.cancelled);

  function redturtle({ method, path, query, body }) {
    if (path === '@available-slots' && method === 'GET') {
      if (!query.booking_type) return answer(400, { type: 'BadRequest', message: 'booking_type missing' });
      const items = slots.filter((s) => s.date >= (query.start ?? '0000') && s.date <= (query.end ?? '9999') && isFree(s.start)).map((s) => utcNaive(s.start));
      return answer(200, { items });
    }
    if (path === '@booking-schema' && method === 'GET')
      return answer(200, {
        booking_types: { bookable: [{ name: 'Carta d’identità: ristampa PIN e PUK', duration: '30' }], unbookable: [] },
        fields: [
          { name: 'fullname', label: 'Nome completo', desc: 'Inserire il nome completo', required: true, readonly: false, type: 'text', value: '' },
          { name: 'email', label: 'Email', desc: 'Inserisci l’email', required: true, readonly: false, type: 'text', value: '' },
          { name: 'phone', label: 'Numero di telefono', desc: 'Inserisci il numero di telefono', required: false, readonly: false, type: 'text', value: '' },
          { name: 'description', label: 'Note', desc: 'Inserisci ulteriori informazioni', required: false, readonly: false, type: 'textarea', value: '' },
          { name: 'fiscalcode', label: 'Codice Fiscale', desc: 'Inserisci il codice fiscale', required: true, readonly: false, type: 'text', value: '' },
        ],
      });
    if (path === '@booking' && method === 'POST') {
      const data = JSON.parse(body);
      const fields = Object.fromEntries((data.fields ?? []).map((f) => [f.name, f.value]));
      for (const name of ['fullname', 'email', 'fiscalcode']) if (!fields[name]) return answer(400, { type: 'BadRequest', message: `Required input '${name}' is missing.` });
      const start = new Date(/Z$|[+-]\d\d:\d\d$/.test(data.booking_date) ? data.booking_date : `${data.booking_date}Z`);
      const slot = slots.find((s) => s.start.getTime() === start.getTime());
      if (!slot || !isFree(start)) return answer(400, { type: 'BadRequest', message: 'Sorry, this slot is not available anymore.' });
      const booking = {
        UID: crypto.randomUUID().replace(/-/g, ''),
        booking_code: code(),
        booking_date: utcNaive(slot.start),
        booking_expiration_date: utcNaive(slot.end),
        booking_type: data.booking_type,
        booking_status: 'confirmed',
        title: fields.fullname,
        email: fields.email,
        phone: fields.phone ?? '',
        fiscalcode: fields.fiscalcode,
        gate: 'Sportello 1',
      };
      bookings.push({ ...booking, start: slot.start });
      return answer(200, booking);
    }
    const cancel = /^@booking\/(\w+)$/.exec(path);
    if (cancel && method === 'DELETE') {
      const booking = bookings.find((b) => b.UID === cancel[1] && !b.cancelled);
      if (!booking) return answer(404, { type: 'NotFound', message: 'Booking not found' });
      booking.cancelled = true;
      return answer(204);
    }
    return undefined;
  }

  function theme({ method, path, query, body }) {
    if (path === 'date' && method === 'GET') {
      const month = Number(query.month);
      if (!month || !query.office) return answer(400, { error: 'month and office' });
      return answer(200, slots.filter((s) => Number(s.date.slice(5, 7)) === month && isFree(s.start)).map((s) => ({ startDate: romeLocal(s.start), endDate: romeLocal(s.end) })));
    }
    if (path === 'save' && method === 'POST') {
      const params = new URLSearchParams(body);
      const wrong = answer(400, { success: false, error: { message: 'Oops, qualcosa è andato storto!' } });
      for (const key of ['name', 'privacy', 'email', 'surname', 'moreDetails', 'service', 'office', 'appointment']) if (!params.has(key)) return wrong;
      if (params.get('action') !== 'save_appuntamento' || params.get('privacy') !== 'true') return wrong;
      const { startDate } = JSON.parse(params.get('appointment'));
      const slot = slots.find((s) => romeLocal(s.start) === startDate);
      if (!slot || !isFree(slot.start)) return answer(400, { success: false, data: { message: "L'orario che hai selezionato è stato già prenotato da qualcun'altro, si prega di scegliere un altro orario", code: 1 } });
      const id = 1000 + bookings.length;
      bookings.push({ id, start: slot.start, name: params.get('name'), surname: params.get('surname'), email: params.get('email'), office: JSON.parse(params.get('office')), service: JSON.parse(params.get('service')) });
      return answer(200, { success: true, message: `Contenuto creato con successo: ${id}`, appuntamento: { id }, title: `${params.get('surname')} ${params.get('name')}` });
    }
    return undefined;
  }

  return {
    /** `path` after the system's address; `query` an object; `body` text. Undefined: no such route. */
    handle(request) {
      if (request.path === 'bookings') return answer(200, bookings);
      if (request.path === 'take' && request.method === 'POST') {
        bookings.push({ start: new Date(request.query.start), by: 'someone else' });
        return answer(200, { taken: request.query.start });
      }
      return system === 'redturtle' ? redturtle(request) : theme(request);
    },
  };
}
