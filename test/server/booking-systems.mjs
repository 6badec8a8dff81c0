// Stand-ins for the booking systems comuni use, written from their public descriptions, so
// the booking flow talks HTTP to something that keeps state as they do:
// - RedTurtle redturtle.prenotazioni (README "REST API": @available-slots, @booking-schema,
//   POST @booking, DELETE @booking/<UID>): times in UTC without an offset, as plone.restapi
//   writes them; a slot booked by someone else answers 400 "Sorry, this slot is not available anymore.".
// - the Designers Italia comuni themes' booking page: GET ?month=&office= → [{startDate,
//   endDate}] on Rome's clock; POST action=save_appuntamento → {success, appuntamento:{id}},
//   or 400 {success:false, data:{message, code:1}} when the time was taken.
// Each test uses its own <visit> word, so their bookings never meet. /take books a slot
// behind the citizen's back; /bookings lists what the system holds; <visit> starting with
// "down" answers 503 to everything (a system that is off).
import { randomBytes, randomUUID } from 'node:crypto';

const visits = new Map();

const romeParts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', weekday: 'short' });

/** The instant of a Rome wall-clock time. */
function romeInstant(date, time) {
  const guess = Date.parse(`${date}T${time}:00Z`);
  const wall = (ms) => {
    const p = Object.fromEntries(romeParts.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
    return Date.parse(`${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:00Z`);
  };
  const first = guess - (wall(guess) - guess);
  return new Date(guess - (wall(first) - first));
}

/** The counter's free times: weekdays from tomorrow for three weeks, 9:00, 9:30 and 10:00 in Rome, 30 minutes each. */
function counterSlots() {
  const slots = [];
  for (let d = 1; d <= 21; d++) {
    const day = new Date(Date.now() + d * 86_400_000);
    const p = Object.fromEntries(romeParts.formatToParts(day).map((x) => [x.type, x.value]));
    if (p.weekday === 'Sat' || p.weekday === 'Sun') continue;
    const date = `${p.year}-${p.month}-${p.day}`;
    for (const time of ['09:00', '09:30', '10:00']) {
      const start = romeInstant(date, time);
      slots.push({ date, time, start, end: new Date(start.getTime() + 30 * 60_000) });
    }
  }
  return slots;
}

function visitState(name) {
  if (!visits.has(name)) visits.set(name, { slots: counterSlots(), bookings: [] });
  return visits.get(name);
}

const utcNaive = (date) => date.toISOString().slice(0, 19);
const romeLocal = (date) => {
  const p = Object.fromEntries(romeParts.formatToParts(date).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
};

async function readJson(ctx) {
  const chunks = [];
  for await (const chunk of ctx.req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function json(ctx, status, body) {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(body);
  return true;
}

const isFree = (state, start) => !state.bookings.some((b) => b.start.getTime() === start.getTime() && !b.cancelled);

export async function bookingSystems(ctx) {
  const match = /^\/test-api\/(redturtle|dci)\/([\w-]+)\/(.*)$/.exec(ctx.path);
  if (!match) return false;
  const [, system, visit, rest] = match;
  if (visit.startsWith('down')) {
    ctx.status = 503;
    ctx.type = 'text/html';
    ctx.body = '<html><body>Service Unavailable</body></html>';
    return true;
  }
  const state = visitState(`${system}/${visit}`);
  if (rest === 'bookings') return json(ctx, 200, state.bookings);
  if (rest === 'take' && ctx.method === 'POST') {
    const start = new Date(ctx.query.start);
    state.bookings.push({ start, by: 'someone else' });
    return json(ctx, 200, { taken: start.toISOString() });
  }
  return system === 'redturtle' ? redturtle(ctx, state, rest) : dci(ctx, state, rest);
}

async function redturtle(ctx, state, rest) {
  if (rest === '@available-slots' && ctx.method === 'GET') {
    if (!ctx.query.booking_type) return json(ctx, 400, { type: 'BadRequest', message: 'booking_type missing' });
    const start = ctx.query.start ?? '0000';
    const end = ctx.query.end ?? '9999';
    const items = state.slots.filter((s) => s.date >= start && s.date <= end && isFree(state, s.start)).map((s) => utcNaive(s.start));
    return json(ctx, 200, { '@id': `${ctx.origin}${ctx.path}`, items });
  }
  if (rest === '@booking-schema' && ctx.method === 'GET') {
    return json(ctx, 200, {
      booking_types: { bookable: [{ name: 'Carta d’identità: ristampa PIN e PUK', duration: '30' }], unbookable: [] },
      fields: [
        { name: 'fullname', label: 'Nome completo', desc: 'Inserire il nome completo', required: true, readonly: false, type: 'text', value: '' },
        { name: 'email', label: 'Email', desc: 'Inserisci l’email', required: true, readonly: false, type: 'text', value: '' },
        { name: 'phone', label: 'Numero di telefono', desc: 'Inserisci il numero di telefono', required: false, readonly: false, type: 'text', value: '' },
        { name: 'description', label: 'Note', desc: 'Inserisci ulteriori informazioni', required: false, readonly: false, type: 'textarea', value: '' },
        { name: 'fiscalcode', label: 'Codice Fiscale', desc: 'Inserisci il codice fiscale', required: true, readonly: false, type: 'text', value: '' },
      ],
    });
  }
  if (rest === '@booking' && ctx.method === 'POST') {
    const data = JSON.parse(await readJson(ctx));
    const fields = Object.fromEntries((data.fields ?? []).map((f) => [f.name, f.value]));
    for (const name of ['fullname', 'email', 'fiscalcode']) if (!fields[name]) return json(ctx, 400, { type: 'BadRequest', message: `Required input '${name}' is missing.` });
    const start = new Date(data.booking_date.endsWith('Z') || /[+-]\d\d:\d\d$/.test(data.booking_date) ? data.booking_date : `${data.booking_date}Z`);
    const slot = state.slots.find((s) => s.start.getTime() === start.getTime());
    if (!slot || !isFree(state, start)) return json(ctx, 400, { type: 'BadRequest', message: 'Sorry, this slot is not available anymore.' });
    const booking = {
      UID: randomUUID().replace(/-/g, ''),
      booking_code: randomBytes(3).toString('hex').toUpperCase(),
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
    state.bookings.push({ ...booking, start: slot.start });
    return json(ctx, 200, booking);
  }
  const cancel = /^@booking\/(\w+)$/.exec(rest);
  if (cancel && ctx.method === 'DELETE') {
    const booking = state.bookings.find((b) => b.UID === cancel[1] && !b.cancelled);
    if (!booking) return json(ctx, 404, { type: 'NotFound', message: 'Booking not found' });
    booking.cancelled = true;
    ctx.status = 204;
    return true;
  }
  return false;
}

async function dci(ctx, state, rest) {
  if (rest === 'date' && ctx.method === 'GET') {
    const month = Number(ctx.query.month);
    if (!month || !ctx.query.office) return json(ctx, 400, { error: 'month and office' });
    return json(
      ctx,
      200,
      state.slots.filter((s) => Number(s.date.slice(5, 7)) === month && isFree(state, s.start)).map((s) => ({ startDate: romeLocal(s.start), endDate: romeLocal(s.end) })),
    );
  }
  if (rest === 'save' && ctx.method === 'POST') {
    const params = new URLSearchParams(await readJson(ctx));
    for (const key of ['name', 'privacy', 'email', 'surname', 'moreDetails', 'service', 'office', 'appointment'])
      if (!params.has(key)) return json(ctx, 400, { success: false, error: { message: 'Oops, qualcosa è andato storto!' } });
    if (params.get('action') !== 'save_appuntamento' || params.get('privacy') !== 'true') return json(ctx, 400, { success: false, error: { message: 'Oops, qualcosa è andato storto!' } });
    const { startDate } = JSON.parse(params.get('appointment'));
    const slot = state.slots.find((s) => romeLocal(s.start) === startDate);
    if (!slot || !isFree(state, slot.start))
      return json(ctx, 400, { success: false, data: { message: "L'orario che hai selezionato è stato già prenotato da qualcun'altro, si prega di scegliere un altro orario", code: 1 } });
    const id = 1000 + state.bookings.length;
    state.bookings.push({ id, start: slot.start, name: params.get('name'), surname: params.get('surname'), email: params.get('email'), office: JSON.parse(params.get('office')), service: JSON.parse(params.get('service')) });
    return json(ctx, 200, { success: true, message: `Contenuto creato con successo: ${id}`, appuntamento: { id }, title: `${params.get('surname')} ${params.get('name')}` });
  }
  return false;
}
