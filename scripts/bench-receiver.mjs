// npm run bench:receiver: how many requests a second the reference receiver takes, and how
// many emails a minute it sends, with one and with two instances on one PostgreSQL.
// The database: DATABASE_URL, else Debian's PostgreSQL through .ci/postgres.sh (its test
// database, emptied for each run). The mail server: a local one that takes BENCH_SMTP_MS
// (default 100) to accept each message, as a relay across a network does.
// BENCH_REQUESTS (default 1000) JSON contact updates, from BENCH_CONNECTIONS (default 10) at once.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 1000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SMTP_MS = Number(process.env.BENCH_SMTP_MS ?? 100);
const PARALLEL = Number(process.env.BENCH_MAIL_PARALLEL ?? 4);

const databaseUrl = process.env.DATABASE_URL ?? execFileSync('bash', ['.ci/postgres.sh'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
const { default: pg } = await import('pg');

/** The mail server: each message accepted after SMTP_MS, its arrival time kept. */
async function startSmtp() {
  const arrivals = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      stream.resume();
      stream.on('end', () => setTimeout(() => (arrivals.push(performance.now()), callback()), SMTP_MS));
    },
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { arrivals, port: server.server.address().port, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** One receiver process, as `npm run receiver -- serve` runs it; resolves once /health answers. */
async function startReceiver(configPath, port) {
  const child = spawn(process.execPath, ['dist/receiver/main.js', 'serve', '--config', configPath], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // Its start line and any error: shown only if it does not come up.
  let said = '';
  child.stderr.on('data', (chunk) => (said += chunk));
  const url = `http://127.0.0.1:${port}`;
  for (const started = Date.now(); Date.now() - started < 60_000; await new Promise((r) => setTimeout(r, 200))) {
    if (child.exitCode !== null) throw new Error(`the receiver on port ${port} stopped (exit ${child.exitCode}): ${said}`);
    if ((await fetch(`${url}/health`).catch(() => undefined))?.ok) return { url, stop: () => new Promise((resolve) => (child.once('exit', resolve), child.kill('SIGTERM'))) };
  }
  child.kill('SIGKILL');
  throw new Error(`the receiver on port ${port} did not answer /health within 60 s: ${said}`);
}

// The contract's example, as the built receiver carries it (`npm run bench:receiver` builds it first).
const { CONTACT_UPDATE_EXAMPLE: example } = await import('../dist/receiver/index.js');

async function scenario(instances) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  await db.query('drop schema public cascade; create schema public');
  await db.end();
  const smtp = await startSmtp();
  const folder = mkdtempSync(join(tmpdir(), 'cie-bench-'));
  const configPath = join(folder, 'receiver.config.json');
  writeFileSync(
    configPath,
    JSON.stringify({
      mail: { from: 'noreply@comune.esempio.it', smtp: `smtp://127.0.0.1:${smtp.port}`, parallel: PARALLEL },
      limits: { requestsPerClientPerHour: 10_000_000, minSecondsToFill: 0 },
      comuni: [{ id: 'esempio', referencePrefix: 'ESE', settings: join(process.cwd(), 'demo/settings/esempio.json'), allowedOrigins: ['https://www.comune.esempio.it'], office: { notify: 'anagrafe@comune.esempio.it', attachCardCopies: false } }],
    }),
  );
  // One after the other: the first applies the migrations alone.
  const receivers = [];
  for (let i = 0; i < instances; i++) receivers.push(await startReceiver(configPath, 18_900 + i));
  let sent = 0;
  let refused = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async (_, worker) => {
      for (let n = worker; n < REQUESTS; n += CONNECTIONS) {
        const request = { ...example, comune: 'esempio', attachments: [], idempotencyKey: crypto.randomUUID(), submittedAt: new Date().toISOString() };
        const answer = await fetch(`${receivers[n % instances].url}/comuni/esempio/cie-requests`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': request.idempotencyKey },
          body: JSON.stringify(request),
        });
        await answer.arrayBuffer();
        if (answer.status === 201) sent++;
        else refused++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  if (refused) throw new Error(`${refused} of ${REQUESTS} requests were not taken`);
  // Two emails a request: the citizen's and the office's.
  const expected = 2 * sent;
  const deadline = Date.now() + 15 * 60_000;
  while (smtp.arrivals.length < expected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
  const { arrivals } = smtp;
  const minutes = (arrivals[arrivals.length - 1] - arrivals[0]) / 60_000;
  for (const receiver of receivers) await receiver.stop();
  await smtp.close();
  return { instances, requestsPerSecond: sent / seconds, emails: arrivals.length, expected, emailsPerMinute: arrivals.length / minutes };
}

const serverVersion = async () => {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const [{ server_version: version }] = (await db.query('show server_version')).rows;
  await db.end();
  return version.split(' ')[0];
};

console.log(`Reference receiver on PostgreSQL ${await serverVersion()}: ${REQUESTS} JSON requests from ${CONNECTIONS} connections; a mail server taking ${SMTP_MS} ms a message; mail.parallel ${PARALLEL}.`);
console.log('instances  requests/s  emails/min');
for (const instances of [1, 2]) {
  const r = await scenario(instances);
  const emails = r.emails === r.expected ? `${Math.round(r.emailsPerMinute)}` : `${Math.round(r.emailsPerMinute)} (only ${r.emails} of ${r.expected} sent in 15 minutes)`;
  console.log(`${String(r.instances).padEnd(11)}${String(Math.round(r.requestsPerSecond)).padEnd(12)}${emails}`);
}
if (!process.env.DATABASE_URL) execFileSync('bash', ['.ci/postgres.sh', '--stop'], { stdio: 'inherit' });
