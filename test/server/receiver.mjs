// The reference receiver, for real, beside the test runner: two instances on one database
// (one generous, one with the production limits for the bot and rate tests), an SMTP
// server that keeps what it is sent (and can refuse), and commands the tests call with
// executeServerCommand. Started on the first command, so test runs that need none skip
// the database's start-up. With RECEIVER_TEST_DATABASE_URL set (.ci/run does, with
// Debian's PostgreSQL), the same tests run on a real PostgreSQL server instead of PGlite.
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { MISTAKES, startPlantedMistakes } from './planted-mistakes.mjs';

/** The built receiver (`npm test` builds first), loaded only when a test asks for it. */
const built = () => import('../../dist/receiver/index.js');

const DAY_MS = 86_400_000;

function startSmtp() {
  // refuseNext messages (to refuseTo only, when set) are refused with refuseWith.
  const state = { messages: [], refuseNext: 0, refuseWith: 451, refuseTo: undefined };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    async onData(stream, session, callback) {
      const mail = await simpleParser(stream);
      const aimed = !state.refuseTo || session.envelope.rcptTo.some((r) => r.address === state.refuseTo);
      if (state.refuseNext > 0 && aimed) {
        state.refuseNext--;
        const error = new Error(state.refuseWith >= 500 ? 'Mailbox unavailable' : 'Mailbox busy, try later');
        error.responseCode = state.refuseWith;
        return callback(error);
      }
      state.messages.push({
        from: mail.from?.text,
        to: mail.to?.text,
        replyTo: mail.replyTo?.text,
        messageId: mail.messageId,
        subject: mail.subject,
        text: mail.text,
        // A text attachment (a calendar file) is kept whole; binary ones (card copies) by their size.
        attachments: mail.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, size: a.size, content: a.contentType.startsWith('text/') ? a.content.toString('utf8') : undefined })),
      });
      callback();
    },
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ state, server, port: server.server.address().port })));
}

async function start(origin) {
  const { openDatabase, resolveConfig, startReceiver } = await built();
  const smtp = await startSmtp();
  const url = process.env.RECEIVER_TEST_DATABASE_URL;
  const db = await openDatabase(url ? { url } : {});
  if (url) await db.exec('drop schema public cascade; create schema public'); // a database of its own, emptied each run
  const config = (limits) => ({
    port: 0,
    mail: { from: 'noreply@comune.esempio.it', smtp: `smtp://127.0.0.1:${smtp.port}` },
    limits,
    comuni: [
      { id: 'esempio', referencePrefix: 'ESE', settings: 'demo/settings/esempio.json', allowedOrigins: [origin], allowedHeaders: ['X-CSRF-Token'], office: { notify: 'anagrafe@comune.esempio.it', attachCardCopies: true } },
      { id: 'trento', referencePrefix: 'TRE', settings: 'trento', allowedOrigins: [origin], office: { notify: 'anagrafe@comune.trento.it', attachCardCopies: false }, retention: { cardCopiesDays: 30, requestsDays: 365 } },
    ],
  });
  const logs = [];
  const log = (entry) => logs.push(JSON.stringify(entry));
  const generousConfig = await resolveConfig(config({ requestsPerClientPerHour: 100_000, minSecondsToFill: 0 }), process.cwd());
  const generous = await startReceiver(generousConfig, { db, log });
  const strictConfig = await resolveConfig(config({ requestsPerClientPerHour: 3, minSecondsToFill: 5 }), process.cwd());
  const strict = await startReceiver(strictConfig, { db, log });
  // The bot limits as shipped, no per-client limit: what the conformance checker is pointed at,
  // directly and through endpoints that each plant one mistake.
  const checked = await startReceiver(await resolveConfig(config({ requestsPerClientPerHour: 100_000, minSecondsToFill: 5 }), process.cwd()), { db, log: () => undefined });
  const planted = await startPlantedMistakes(checked.url, origin);
  return { smtp, db, generous, generousConfig, strict, checked, planted, logs, kind: db.kind };
}

/** How long a command waits for its work before answering that it is still running. */
const ANSWER_WITHIN_MS = 5000;

export function receiverPlugin() {
  let origin;
  let running;
  const jobs = new Map();
  let lastJob = 0;
  return {
    name: 'cie-reference-receiver',
    serverStart({ config }) {
      origin = `http://${config.hostname ?? 'localhost'}:${config.port}`;
    },
    /**
     * Every command answers within a few seconds: a browser gives up on a command after 20 s
     * (@web/dev-server-core), and opening a database on a busy machine takes longer. What is
     * not done by then answers `{ done: false, id }`, and the test asks `receiver-result`
     * until it is (test/receiver.test.ts, `command`).
     */
    async executeCommand({ command, payload = {} }) {
      if (command === 'receiver-result') {
        const job = jobs.get(payload.id);
        if (!job) throw new Error(`no command ${payload.id} is running`);
        await Promise.race([job.settled, new Promise((resolve) => setTimeout(resolve, ANSWER_WITHIN_MS))]);
        return answer(payload.id, job);
      }
      if (!command.startsWith('receiver')) return undefined;
      const id = ++lastJob;
      const job = { done: false };
      job.settled = run(command, payload).then(
        (value) => Object.assign(job, { done: true, value }),
        (error) => Object.assign(job, { done: true, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
      );
      jobs.set(id, job);
      await Promise.race([job.settled, new Promise((resolve) => setTimeout(resolve, ANSWER_WITHIN_MS))]);
      return answer(id, job);
    },
    async serverStop() {
      if (!running) return;
      const r = await running;
      await r.generous.stop();
      await r.strict.stop();
      await r.checked.stop();
      await r.planted.close();
      await r.db.close();
      r.smtp.server.close();
    },
  };

  /** A command's answer: its value once done (its error thrown), else where to ask again. */
  function answer(id, job) {
    if (!job.done) return { done: false, id };
    jobs.delete(id);
    if (job.error) throw new Error(job.error);
    return { done: true, value: job.value };
  }

  async function run(command, payload) {
    running ??= start(origin);
    const r = await running;
    const { checkBooking, checkEndpoint, requestsFor, toCsv, toJson } = await built();
    const later = (days = 0, minutes = 0) => new Date(Date.now() + days * DAY_MS + minutes * 60_000);
    switch (command) {
      case 'receiver':
        return { url: r.generous.url, strictUrl: r.strict.url, database: r.kind };
      case 'receiver-log':
        return r.logs;
      case 'receiver-mail':
        return r.smtp.state.messages;
      case 'receiver-smtp-refuse':
        r.smtp.state.refuseNext = payload.count;
        r.smtp.state.refuseWith = payload.code ?? 451;
        r.smtp.state.refuseTo = payload.to;
        return true;
      case 'receiver-deliver':
        // Both instances send from the one outbox: what the strict one is sending (the
        // requests a test posted to it) must be done too before a test counts mail.
        await r.strict.deliver(later(0, payload.minutesFromNow ?? 0));
        return r.generous.deliver(later(0, payload.minutesFromNow ?? 0));
      case 'receiver-deliver-together':
        // Both instances at once, as two processes behind one load balancer would.
        return Promise.all([r.strict.deliver(later()), r.generous.deliver(later())]);
      case 'receiver-purge':
        return r.generous.purgeAll(later(payload.daysFromNow));
      case 'receiver-export': {
        const requests = await requestsFor(r.db, payload.comune);
        return payload.format === 'json' ? toJson(requests) : toCsv(requests, r.generousConfig.comuni.get(payload.comune).widget);
      }
      case 'receiver-sql':
        return r.db.query(payload.sql, payload.params ?? []);
      case 'receiver-cli': {
        // The command line as a newcomer types it (after the build): its exit code and what it printed.
        const { execFile } = await import('node:child_process');
        return new Promise((resolve) => {
          execFile(process.execPath, ['dist/receiver/main.js', ...payload.args], { cwd: process.cwd(), timeout: 60_000 }, (error, stdout, stderr) =>
            resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
          );
        });
      }
      case 'receiver-example-config': {
        // receiver/example.config.json copied into the project's folder, as the README says.
        const { readFile } = await import('node:fs/promises');
        const { resolveConfig } = await built();
        const example = JSON.parse(await readFile('receiver/example.config.json', 'utf8'));
        const resolved = await resolveConfig(example, process.cwd(), {});
        return { database: resolved.database.url ?? 'embedded', comuni: [...resolved.comuni.keys()] };
      }
      case 'receiver-config-check': {
        // A configuration resolved as at start: its refusal in words, or null when it starts.
        const { resolveConfig } = await built();
        const config = { mail: { from: 'noreply@comune.esempio.it' }, limits: payload.limits, comuni: [{ id: 'esempio', referencePrefix: 'ESE', settings: 'demo/settings/esempio.json', allowedOrigins: ['https://www.comune.esempio.it'], office: { notify: 'anagrafe@comune.esempio.it', attachCardCopies: true } }] };
        return resolveConfig(config, process.cwd(), {}).then(() => null, (error) => error.message);
      }
      case 'receiver-lock-probe': {
        // Two processes on one embedded database folder: the second is refused, in words. A
        // lock left by a process that is gone, a zombie, or an earlier process with the same pid is taken over.
        const { mkdtemp, readFile, rm, writeFile } = await import('node:fs/promises');
        const { tmpdir } = await import('node:os');
        const { join } = await import('node:path');
        const { spawn } = await import('node:child_process');
        const { openDatabase } = await built();
        const dataDir = await mkdtemp(join(tmpdir(), 'cie-receiver-'));
        const lock = join(dataDir, 'cie-receiver.lock');
        const opens = () => openDatabase({ dataDir }).then((db) => db.close().then(() => 'opened'), (error) => error.message);
        const started = async (pid) => (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1].split(' ')[19];
        // A zombie: `sleep 1` ends, and its parent (`sleep 30`, after exec) never reaps it. The
        // child outlives the shell's exec by a second: a child that ended before it (`sleep 0`)
        // could be reaped by the shell itself, and then its /proc entry is gone (seen in CI).
        const parent = spawn('sh', ['-c', 'sleep 1 & echo $!; exec sleep 30'], { stdio: ['ignore', 'pipe', 'ignore'] });
        const zombie = Number((await new Promise((resolve) => parent.stdout.once('data', resolve))).toString());
        const outcomes = {};
        try {
          const first = await openDatabase({ dataDir });
          await first.close();
          // Another process's lock, as `export` would find it while `serve` runs (the parent of this process).
          await writeFile(lock, `${process.ppid} ${await started(process.ppid)}`);
          outcomes.running = await opens();
          await writeFile(lock, String(process.ppid)); // as an older receiver wrote it: the pid alone
          outcomes.pidOnly = await opens();
          await writeFile(lock, `${process.ppid} 1`); // that pid, but a process started at another time
          outcomes.pidReused = await opens();
          for (let i = 0; i < 300 && !(await readFile(`/proc/${zombie}/stat`, 'utf8')).includes(') Z'); i++) await new Promise((r) => setTimeout(r, 100));
          await writeFile(lock, `${zombie} ${await started(zombie)}`);
          outcomes.zombie = await opens();
        } finally {
          parent.kill();
          await rm(dataDir, { recursive: true, force: true });
        }
        return outcomes;
      }
      case 'receiver-check': {
        // `url`: any endpoint; `mistake`: the receiver with that one mistake planted; neither: the receiver as shipped.
        const url = payload.url ?? (payload.mistake ? r.planted.url(payload.mistake, payload.comune) : `${r.checked.url}/comuni/${payload.comune}/cie-requests`);
        return checkEndpoint({ url, comune: payload.comune, origin: payload.origin, headers: payload.headers });
      }
      case 'receiver-booking-week': {
        // What the office sets with `main.js booking-hours` / `booking-closed`, through the same functions.
        const { cancelByOffice, cancelDay, setBookingDays, setClosed } = await built();
        if (payload.days) await setBookingDays(r.db, payload.comune, payload.days, payload.spans ?? []);
        for (const { day, closed, note } of payload.closed ?? []) await setClosed(r.db, payload.comune, day, closed, note);
        // `booking-closed --cancel-bookings`: the day's appointments cancelled, their codes back.
        if (payload.cancelDay) return cancelDay(r.db, payload.comune, { from: new Date(payload.cancelDay.from), to: new Date(payload.cancelDay.to) });
        // `booking-cancel --code`: one appointment, cancelled by the office.
        if (payload.cancelCode) return cancelByOffice(r.db, payload.comune, payload.cancelCode);
        return true;
      }
      case 'receiver-booking-cli': {
        // The office's commands as typed, one after another, on an embedded database of their own.
        const { execFile } = await import('node:child_process');
        const { mkdtemp, rm, writeFile } = await import('node:fs/promises');
        const { tmpdir } = await import('node:os');
        const { join, resolve } = await import('node:path');
        const dir = await mkdtemp(join(tmpdir(), 'cie-booking-cli-'));
        const configFile = join(dir, 'receiver.config.json');
        await writeFile(
          configFile,
          JSON.stringify({ mail: { from: 'noreply@comune.esempio.it' }, database: { dataDir: join(dir, 'data') }, comuni: [{ id: 'esempio', referencePrefix: 'ESE', settings: resolve('demo/settings/esempio.json'), allowedOrigins: [origin], office: { notify: 'anagrafe@comune.esempio.it', attachCardCopies: false } }] }),
        );
        const results = [];
        try {
          for (const args of payload.runs) {
            results.push(
              await new Promise((done) =>
                execFile(process.execPath, ['dist/receiver/main.js', ...args, '--config', configFile], { cwd: process.cwd(), timeout: 120_000, env: { ...process.env, DATABASE_URL: '' } }, (error, stdout, stderr) =>
                  done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
                ),
              ),
            );
          }
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
        return results;
      }
      case 'receiver-check-booking':
        return checkBooking({ system: payload.system, origin: payload.origin });
      case 'receiver-mistakes':
        return Object.keys(MISTAKES);
      default:
        throw new Error(`unknown command ${command}`);
    }
  }
}
