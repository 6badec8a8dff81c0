// The receiver's command line:
//   node dist/receiver/main.js serve   [--config receiver.config.json]
//   node dist/receiver/main.js export  --comune trento [--format csv|json] [--from 2026-11-01] [--to 2026-11-30] (both days included)
//   node dist/receiver/main.js purge   (the retention periods, now; `serve` also runs it every six hours)
//   node dist/receiver/main.js migrate
// The configuration file is --config, else $RECEIVER_CONFIG, else ./receiver.config.json.
import { parseArgs } from 'node:util';
import { ConfigError, loadConfigFile } from './config.js';
import { DatabaseInUse, migrate, openDatabase } from './database.js';
import { toCsv, toJson } from './export.js';
import { purgeAll, startReceiver } from './receiver.js';
import { requestsFor } from './store.js';
import { isRealIsoDate } from '../src/validation/dates.js';

const USAGE = `usage: main.js serve|export|purge|migrate [--config file] [--comune id] [--format csv|json] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
  serve    takes requests (and sends the emails, and purges every six hours)
  export   one comune's requests, from --from to --to, both days included (Rome's days)
  purge    deletes what the retention periods say, now
  migrate  creates or updates the database's tables`;

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

async function run(argv: string[]): Promise<number> {
  const { positionals, values } = parse(argv);
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const command = positionals[0];
  if (!command || !['serve', 'export', 'purge', 'migrate'].includes(command)) throw new UsageError(command ? `no command "${command}"` : 'a command is needed');
  if (values.format !== 'csv' && values.format !== 'json') throw new UsageError(`--format must be csv or json, not "${values.format}"`);
  const from = romeDay(values.from, '--from');
  const to = romeDay(values.to, '--to', 1); // the day after: --to names the last day included
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
      if (!values.comune || !receiver.comuni.has(values.comune)) throw new ConfigError(`--comune must be one of: ${[...receiver.comuni.keys()].join(', ')}`);
      const requests = await requestsFor(db, values.comune, { from, to });
      process.stdout.write(values.format === 'json' ? toJson(requests) : toCsv(requests, receiver.comuni.get(values.comune)?.widget));
    }
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
