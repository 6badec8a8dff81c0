// The receiver's command line:
//   node dist/receiver/main.js serve   [--config receiver.config.json]
//   node dist/receiver/main.js export  --comune trento [--format csv|json] [--from 2026-11-01] [--to 2026-11-30] (both days included)
//   node dist/receiver/main.js purge   (the retention periods, now; `serve` also runs it every six hours)
//   node dist/receiver/main.js migrate
//   node dist/receiver/main.js booking-hours  --comune dalmine [--day mon --day thu --hours 09:00-12:30 --minutes 20 --capacity 2 | --day sat --none]
//   node dist/receiver/main.js booking-closed --comune dalmine --date 2026-12-24 [--note "…"] [--cancel-bookings] [--open]
//   node dist/receiver/main.js booking-cancel --comune dalmine --code DAL-7KQ4MX
//   node dist/receiver/main.js bookings       --comune dalmine [--from …] [--to …] [--format csv|json]
// The configuration file is --config, else $RECEIVER_CONFIG, else ./receiver.config.json.
import { parseArgs } from 'node:util';
import { bookingsFor, cancelByOffice, cancelDay, checkedSpans, setBookingDays, setClosed, WeekError } from './booking.js';
import { spanNamed, weekdayNamed, weekText } from './booking-admin.js';
import { ConfigError, loadConfigFile, type Receiver } from './config.js';
import { DatabaseInUse, migrate, openDatabase, type Database } from './database.js';
import { bookingsCsv, bookingsJson, toCsv, toJson } from './export.js';
import { purgeAll, startReceiver } from './receiver.js';
import { requestsFor } from './store.js';
import { isRealIsoDate } from '../src/validation/dates.js';

const USAGE = `usage: main.js serve|export|purge|migrate [--config file] [--comune id] [--format csv|json] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
       main.js booking-hours|booking-closed|booking-cancel|bookings --comune id [options below]
  serve    takes requests (and sends the emails, and purges every six hours)
  export   one comune's requests, from --from to --to, both days included (Rome's days)
  purge    deletes what the retention periods say, now
  migrate  creates or updates the database's tables
The counter's appointments, where the comune's settings name the receiver as booking.system:
  booking-hours   the week; with --day (one or more) and --hours 09:00-12:30 (one or more)
                  --minutes 20 --capacity 2, those days' appointments; --day sat --none, none
  booking-closed  --date 2026-12-24 [--note "why"]: no appointments that day; --open undoes it;
                  --cancel-bookings also cancels those already booked, and emails each citizen
  booking-cancel  --code DAL-7KQ4MX: cancels one appointment (the citizen asked the office), emails them
  bookings        the appointments from --from to --to (csv or json), cancelled ones marked`;

/** A mistake on the command line: said in a line with the usage, never as a stack. */
class UsageError extends Error {}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        config: { type: 'string' },
        comune: { type: 'string' },
        format: { type: 'string', default: 'csv' },
        from: { type: 'string' },
        to: { type: 'string' },
        day: { type: 'string', multiple: true },
        hours: { type: 'string', multiple: true },
        minutes: { type: 'string' },
        capacity: { type: 'string' },
        none: { type: 'boolean' },
        date: { type: 'string' },
        code: { type: 'string' },
        note: { type: 'string' },
        open: { type: 'boolean' },
        'cancel-bookings': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** The start of a day in Rome, from YYYY-MM-DD; a date that does not exist is a usage error. */
function romeDay(text: string | undefined, option: string, days = 0): Date | undefined {
  if (text === undefined) return undefined;
  if (!isRealIsoDate(text)) throw new UsageError(`${option} must be a date like 2026-11-01, not "${text}"`);
  const day = new Date(`${text}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  const iso = day.toISOString().slice(0, 10);
  // Midnight in Rome that day: +01:00 or, in summer time, +02:00.
  const nearMidnight = new Date(`${iso}T00:00:00+01:00`); // Rome changes its clocks at 02:00 or 03:00, never at midnight
  const offset = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Rome', timeZoneName: 'longOffset' }).formatToParts(nearMidnight).find((p) => p.type === 'timeZoneName')?.value.replace('GMT', '') || '+01:00';
  return new Date(`${iso}T00:00:00${offset}`);
}

const COMMANDS = ['serve', 'export', 'purge', 'migrate', 'booking-hours', 'booking-closed', 'booking-cancel', 'bookings'];

function comuneOf(receiver: Receiver, id: string | undefined): string {
  if (!id || !receiver.comuni.has(id)) throw new ConfigError(`--comune must be one of: ${[...receiver.comuni.keys()].join(', ')}`);
  return id;
}

const wholeNumber = (text: string | undefined, option: string, min: number, max: number) => {
  const n = Number(text);
  if (text === undefined || !Number.isInteger(n) || n < min || n > max) throw new UsageError(`${option} must be a whole number from ${min} to ${max}${text === undefined ? '' : `, not "${text}"`}`);
  return n;
};

type BookingWork = (db: Database, comune: string) => Promise<void>;

/**
 * The office's commands for the counter's appointments, read before the database is opened
 * (a typo is said at once, not after a minute of start-up); what they changed is read back.
 */
function bookingCommand(command: string, values: ReturnType<typeof parse>['values'], range: { from?: Date; to?: Date }): BookingWork {
  const readBack: BookingWork = async (db, comune) => console.log(await weekText(db, comune));
  if (command === 'bookings') {
    return async (db, comune) => {
      const bookings = await bookingsFor(db, comune, range);
      process.stdout.write(values.format === 'json' ? bookingsJson(bookings) : bookingsCsv(bookings));
    };
  }
  if (command === 'booking-cancel') {
    const code = values.code?.trim().toUpperCase();
    if (!code) throw new UsageError('--code must be the booking\'s code, like DAL-7KQ4MX');
    return async (db, comune) => {
      const outcome = await cancelByOffice(db, comune, code);
      if (outcome === 'unknown') throw new UsageError(`no booking ${code} for ${comune}`);
      if (outcome === 'past') throw new UsageError(`${code} has already begun: it stays as it was`);
      console.log(`${code} is cancelled; the citizen gets an email saying so.`);
    };
  }
  if (command === 'booking-closed') {
    const date = values.date;
    if (!date || !isRealIsoDate(date)) throw new UsageError(`--date must be a date like 2026-12-24${date ? `, not "${date}"` : ''}`);
    if (values.open && values['cancel-bookings']) throw new UsageError('--cancel-bookings closes a day: not with --open');
    const day = { from: romeDay(date, '--date')!, to: romeDay(date, '--date', 1)! }; // a checked date: never undefined
    return async (db, comune) => {
      await setClosed(db, comune, date, !values.open, values.note);
      if (values['cancel-bookings']) {
        // The office's choice: cancelled here, each citizen told by email when `serve` runs.
        const codes = await cancelDay(db, comune, day);
        console.log(codes.length ? `Cancelled ${codes.length} appointment${codes.length > 1 ? 's' : ''} (codes ${codes.join(', ')}); each citizen gets an email saying so${values.note ? ', with the note' : ''}.` : 'No appointment was booked that day.');
      } else {
        const booked = (await bookingsFor(db, comune, day)).filter((b) => !b.cancelledAt);
        // Closing a day takes no appointment away unless asked: the citizens who booked it are the office's to tell.
        if (!values.open && booked.length)
          console.log(
            `${booked.length} appointment${booked.length > 1 ? 's were' : ' was'} already booked that day (codes ${booked.map((b) => b.code).join(', ')}): tell them, or run this again with --cancel-bookings to cancel them and email each citizen.`,
          );
      }
      await readBack(db, comune);
    };
  }
  if (!values.day?.length) return readBack;
  try {
    const days = values.day.map(weekdayNamed);
    if (values.none) return async (db, comune) => (await setBookingDays(db, comune, days, []), readBack(db, comune));
    if (!values.hours?.length) throw new UsageError('--hours 09:00-12:30 (one or more), or --none for no appointments those days');
    const minutes = wholeNumber(values.minutes, '--minutes', 5, 240);
    const capacity = wholeNumber(values.capacity, '--capacity', 1, 50);
    const spans = checkedSpans(values.hours.map((text) => ({ ...spanNamed(text), minutes, capacity })));
    return async (db, comune) => (await setBookingDays(db, comune, days, spans), readBack(db, comune));
  } catch (error) {
    throw error instanceof WeekError ? new UsageError(error.message) : error;
  }
}

async function run(argv: string[]): Promise<number> {
  const { positionals, values } = parse(argv);
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const command = positionals[0];
  if (!command || !COMMANDS.includes(command)) throw new UsageError(command ? `no command "${command}"` : 'a command is needed');
  if (values.format !== 'csv' && values.format !== 'json') throw new UsageError(`--format must be csv or json, not "${values.format}"`);
  const from = romeDay(values.from, '--from');
  const to = romeDay(values.to, '--to', 1); // the day after: --to names the last day included
  const booking = command.startsWith('booking') ? bookingCommand(command, values, { from, to }) : undefined;
  const receiver = await loadConfigFile(values.config ?? process.env.RECEIVER_CONFIG ?? 'receiver.config.json');
  // PGlite creates its database on the first start, which takes seconds (a minute on a busy machine): say why nothing shows yet.
  if (!receiver.database.url) console.error(`opening the embedded database in ${receiver.database.dataDir} (created on the first start: up to a minute)…`);
  if (command === 'serve') {
    const running = await startReceiver(receiver);
    console.error(`cie-widgets receiver on ${running.url} (${running.db.kind}); comuni: ${[...receiver.comuni.keys()].join(', ')}`);
    const stop = () => void running.stop().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return -1; // keeps running
  }
  const db = await openDatabase(receiver.database);
  try {
    const applied = await migrate(db);
    if (command === 'migrate') console.error(applied.length ? `database ready (${db.kind}): applied ${applied.join(', ')}` : `database ready (${db.kind}): nothing to apply`);
    if (command === 'purge') console.log(JSON.stringify(await purgeAll(db, receiver)));
    if (command === 'export') {
      const comune = comuneOf(receiver, values.comune);
      const requests = await requestsFor(db, comune, { from, to });
      process.stdout.write(values.format === 'json' ? toJson(requests) : toCsv(requests, receiver.comuni.get(comune)?.widget));
    }
    if (booking) await booking(db, comuneOf(receiver, values.comune));
    return 0;
  } finally {
    await db.close();
  }
}

run(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n${USAGE}`);
      process.exitCode = 2;
      return;
    }
    console.error(error instanceof ConfigError || error instanceof DatabaseInUse ? error.message : error);
    process.exitCode = 1;
  },
);
