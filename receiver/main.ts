// The receiver's command line:
//   node dist/receiver/main.js serve   [--config receiver.config.json]
//   node dist/receiver/main.js export  --comune trento [--format csv|json] [--from 2026-11-01] [--to 2026-12-01]
//   node dist/receiver/main.js purge   (the retention periods, now; `serve` also runs it every six hours)
//   node dist/receiver/main.js migrate
// The configuration file is --config, else $RECEIVER_CONFIG, else ./receiver.config.json.
import { parseArgs } from 'node:util';
import { ConfigError, loadConfigFile } from './config.js';
import { DatabaseInUse, migrate, openDatabase } from './database.js';
import { toCsv, toJson } from './export.js';
import { purgeAll, startReceiver } from './receiver.js';
import { requestsFor } from './store.js';

const USAGE = 'usage: main.js serve|export|purge|migrate [--config file] [--comune id] [--format csv|json] [--from date] [--to date]';

async function run(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { config: { type: 'string' }, comune: { type: 'string' }, format: { type: 'string', default: 'csv' }, from: { type: 'string' }, to: { type: 'string' } },
  });
  const command = positionals[0];
  if (!command || !['serve', 'export', 'purge', 'migrate'].includes(command)) {
    console.error(USAGE);
    return 2;
  }
  const receiver = await loadConfigFile(values.config ?? process.env.RECEIVER_CONFIG ?? 'receiver.config.json');
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
    await migrate(db);
    if (command === 'purge') console.log(JSON.stringify(await purgeAll(db, receiver)));
    if (command === 'export') {
      if (!values.comune || !receiver.comuni.has(values.comune)) throw new ConfigError(`--comune must be one of: ${[...receiver.comuni.keys()].join(', ')}`);
      const date = (text: string | undefined) => (text ? new Date(`${text}T00:00:00+01:00`) : undefined);
      const requests = await requestsFor(db, values.comune, { from: date(values.from), to: date(values.to) });
      process.stdout.write(values.format === 'json' ? toJson(requests) : toCsv(requests));
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
    console.error(error instanceof ConfigError || error instanceof DatabaseInUse ? error.message : error);
    process.exitCode = 1;
  },
);
