/// <reference types="vite/client" />
// PostgreSQL, or the same PostgreSQL embedded (PGlite, WebAssembly) when no server is
// configured: one small interface, the same SQL and migrations on both.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
}

export interface Database extends Queryable {
  readonly kind: 'postgresql' | 'pglite';
  /** Runs `work` in one transaction: all of it is kept, or none. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs a script of several statements (migrations). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

async function openPostgres(url: string): Promise<Database> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // A dropped connection is the pool's to replace; unhandled, it would end the process.
  pool.on('error', () => undefined);
  return {
    kind: 'postgresql',
    async query(sql, params) {
      return (await pool.query(sql, params)).rows;
    },
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work({ query: async (sql, params) => (await client.query(sql, params)).rows });
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback');
        throw error;
      } finally {
        client.release();
      }
    },
    async exec(sql) {
      await pool.query(sql);
    },
    close: () => pool.end(),
  };
}

/**
 * PGlite is one process's database: a second process opening the same folder (an export
 * while the receiver serves) could corrupt it. A lock file with the owner's pid (and, where
 * /proc tells it, when that process started) keeps it to one. A lock whose process is gone,
 * a zombie after `kill -9`, or another process that got the same pid later (a container's
 * restart) is taken over.
 */
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const lock = join(dataDir, 'cie-receiver.lock');
  const mine = `${process.pid} ${(await startedAt(process.pid)) ?? ''}`.trim();
  try {
    await writeFile(lock, mine, { flag: 'wx' });
  } catch {
    const [owner, ownerStarted] = (await readFile(lock, 'utf8').catch(() => '')).trim().split(' ');
    const pid = Number(owner);
    if (pid && pid !== process.pid && (await isRunning(pid, ownerStarted))) {
      throw new DatabaseInUse(
        `the embedded database in ${dataDir} is in use by another process (pid ${pid}, the receiver?): stop it first, or give the receiver a PostgreSQL server (database.url) to export while it runs`,
      );
    }
    await writeFile(lock, mine);
  }
  return () => rm(lock, { force: true });
}

/** A process's state and start time from /proc (Linux); undefined where there is none. */
async function procStat(pid: number): Promise<{ state: string; started: string } | undefined> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  if (!stat) return undefined;
  // After the command name in parentheses: the state is field 3, the start time field 22.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { state: fields[0], started: fields[19] };
}

const startedAt = async (pid: number) => (await procStat(pid))?.started;

/** Whether the lock's owner still runs: alive, not a zombie, and (when the lock says) the same start. */
async function isRunning(pid: number, started: string | undefined): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const stat = await procStat(pid);
  if (!stat) return true; // no /proc: alive is all we can know
  if (stat.state === 'Z' || stat.state === 'X') return false;
  return !started || stat.started === started;
}

export class DatabaseInUse extends Error {}

async function openPglite(dataDir: string | undefined): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  let unlock = async () => undefined as void;
  if (dataDir) {
    await mkdir(dataDir, { recursive: true });
    unlock = await lockDataDir(dataDir);
  }
  const db = await PGlite.create(dataDir);
  return {
    kind: 'pglite',
    async query(sql, params) {
      return (await db.query(sql, params)).rows as never[];
    },
    transaction: (work) => db.transaction((tx) => work({ query: async (sql, params) => (await tx.query(sql, params)).rows as never[] })),
    async exec(sql) {
      await db.exec(sql);
    },
    async close() {
      await db.close();
      await unlock();
    },
  };
}

/** PostgreSQL at `url`; else PGlite persisted in `dataDir` (or in memory, for tests, when that is undefined). */
export const openDatabase = (options: { url?: string; dataDir?: string }): Promise<Database> =>
  options.url ? openPostgres(options.url) : openPglite(options.dataDir);

/** The migrations, in order of their file names; each applied once, in its own transaction. */
const MIGRATIONS = import.meta.glob<string>('./migrations/*.sql', { query: '?raw', import: 'default', eager: true });

export async function migrate(db: Database): Promise<string[]> {
  await db.exec('create table if not exists schema_migrations (name text primary key, applied_at timestamptz not null default now())');
  const applied = new Set((await db.query<{ name: string }>('select name from schema_migrations')).map((row) => row.name));
  const done: string[] = [];
  for (const [path, sql] of Object.entries(MIGRATIONS).sort(([a], [b]) => a.localeCompare(b))) {
    const name = path.split('/').pop() as string;
    if (applied.has(name)) continue;
    await db.transaction(async (tx) => {
      // Two receivers starting together: the second waits, then finds it applied.
      await tx.query('select pg_advisory_xact_lock(727001)');
      if ((await tx.query('select 1 from schema_migrations where name = $1', [name])).length) return;
      for (const statement of splitStatements(sql)) await tx.query(statement);
      await tx.query('insert into schema_migrations (name) values ($1)', [name]);
    });
    done.push(name);
  }
  return done;
}

/** A migration's statements (no dollar-quoted bodies in ours), without its comments. */
const splitStatements = (sql: string) =>
  sql
    .replace(/--.*$/gm, '')
    .split(';')
    .map((statement) => statement.trim())
    .filter(Boolean);
