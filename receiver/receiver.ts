// The receiver running: database opened and migrated, HTTP listening, the outbox sent
// after each request and every minute, the retention purge every six hours.
import type { AddressInfo } from 'node:net';
import type { Receiver } from './config.js';
import { migrate, openDatabase, type Database } from './database.js';
import { CLAIM_BATCH, createMailer, deliverDue, type Mailer } from './mail.js';
import { createReceiverServer } from './server.js';
import { purge } from './store.js';

export interface RunningReceiver {
  url: string;
  db: Database;
  /** Sends what the outbox holds now (also runs by itself); `now` later than the clock sends retries due by then. */
  deliver(now?: Date): Promise<{ sent: number; failed: number; parked: number }>;
  /** Applies every comune's retention now. */
  purgeAll(now?: Date): Promise<Record<string, { cardCopies: number; requests: number; bookings: number }>>;
  stop(): Promise<void>;
}

export async function purgeAll(db: Database, receiver: Receiver, now = new Date()) {
  const done: Record<string, { cardCopies: number; requests: number; bookings: number }> = {};
  for (const comune of receiver.comuni.values()) done[comune.id] = await purge(db, comune.id, comune.retention, now);
  return done;
}

export async function startReceiver(
  receiver: Receiver,
  options: { db?: Database; mailer?: Mailer; log?: (entry: Record<string, unknown>) => void; mailEverySeconds?: number } = {},
): Promise<RunningReceiver> {
  const db = options.db ?? (await openDatabase(receiver.database));
  await migrate(db);
  const mailer = options.mailer ?? createMailer(receiver.mail);
  const log = options.log ?? ((entry) => console.log(JSON.stringify(entry)));

  // One delivery at a time; a request arriving meanwhile asks for one more round.
  let delivering: Promise<{ sent: number; failed: number; parked: number }> | undefined;
  let again = false;
  const deliver = async (now?: Date): Promise<{ sent: number; failed: number; parked: number }> => {
    if (delivering) {
      again = true;
      return delivering;
    }
    delivering = (async () => {
      const total = { sent: 0, failed: 0, parked: 0 };
      do {
        again = false;
        const round = await deliverDue(db, mailer, receiver, now);
        total.sent += round.sent;
        total.failed += round.failed;
        total.parked += round.parked;
        // A full batch: more may be waiting (after a burst, hundreds). Sent now, not a batch a minute.
        if (round.claimed === CLAIM_BATCH) again = true;
      } while (again);
      if (total.sent || total.failed || total.parked) log({ time: new Date().toISOString(), mail: total });
      return total;
    })().finally(() => (delivering = undefined));
    return delivering;
  };
  const deliverQuietly = () => void deliver().catch(() => log({ time: new Date().toISOString(), mail: 'delivery failed' }));

  const server = createReceiverServer(receiver, db, { onRecorded: deliverQuietly, log });
  await new Promise<void>((resolve) => server.listen(receiver.port, receiver.host, resolve));
  const { port } = server.address() as AddressInfo;
  const mailTimer = setInterval(deliverQuietly, (options.mailEverySeconds ?? 60) * 1000);
  // What the purge deleted, by comune, in counts only: an office can show its retention works.
  const purgeQuietly = () =>
    void purgeAll(db, receiver).then(
      (deleted) => log({ time: new Date().toISOString(), purge: 'done', deleted }),
      () => log({ time: new Date().toISOString(), purge: 'failed' }),
    );
  const purgeTimer = setInterval(purgeQuietly, 6 * 3600_000);
  purgeQuietly();

  return {
    url: `http://${receiver.host}:${port}`,
    db,
    async deliver(now) {
      await delivering; // a round already under way finishes first
      return deliver(now);
    },
    purgeAll: (now) => purgeAll(db, receiver, now),
    async stop() {
      clearInterval(mailTimer);
      clearInterval(purgeTimer);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await delivering;
      mailer.close();
      if (!options.db) await db.close();
    },
  };
}
