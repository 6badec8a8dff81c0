// The receiver's own settings: which comuni it takes requests for, where it keeps them,
// how it sends email. One JSON file (see receiver/example.config.json), checked by this
// schema at start; DATABASE_URL, SMTP_URL and PORT from the environment win over it, so
// secrets need not sit in the file.
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { loadPreset, PRESET_IDS } from '../src/presets/index.js';
import { formatPath } from '../src/settings/problems.js';
import { settingsSchema, type Settings } from '../src/settings/schema.js';
import { DEFAULT_MAX_FILE_MB } from '../src/validation/files.js';
import { z } from '../src/zod.js';

const days = z.number().check(z.int(), z.positive());
const emailAddress = z.string().check(z.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'must be an email address'));

const comuneSchema = z.strictObject({
  /** The settings id the forms send as `comune`; the endpoint is /comuni/<id>/cie-requests. */
  id: z.string().check(z.regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and dashes')),
  /** The letters a reference starts with: TRE → TRE-2026-000123, read aloud by the office. */
  referencePrefix: z.string().check(z.regex(/^[A-Z]{2,5}$/, '2 to 5 capital letters')),
  /** The comune's widget settings: a preset name (trento, dalmine) or a settings file, relative to this file. */
  settings: z.string(),
  /** The sites whose pages may post here (CORS), exactly as the browser names them: https://www.comune.example.it */
  allowedOrigins: z.array(z.string().check(z.regex(/^https?:\/\/[^/]+$/, 'an origin: scheme and host, no path'))).check(z.minLength(1)),
  /**
   * Request headers those pages may send besides the contract's (a CMS's `X-CSRF-Token`).
   * The headers the comune's widget settings add to its channel are allowed without being listed.
   */
  allowedHeaders: z._default(z.array(z.string().check(z.regex(/^[A-Za-z0-9-]+$/, 'a header name'))), []),
  office: z.strictObject({
    /** Who is told of each request, in Italian. */
    notify: emailAddress,
    /** Whether that email carries the card's copies (else the office reads them from the export). */
    attachCardCopies: z.boolean(),
  }),
  retention: z.prefault(
    z.strictObject({
      /** Days the card's copies are kept. */
      cardCopiesDays: z._default(days, 30),
      /** Days a request is kept (without its copies, after those days). */
      requestsDays: z._default(days, 365),
    }),
    {},
  ),
});

export const receiverConfigSchema = z.strictObject({
  /** A note for whoever edits the file. */
  $comment: z.optional(z.string()),
  port: z._default(z.number().check(z.int(), z.nonnegative()), 8787),
  host: z._default(z.string(), '127.0.0.1'),
  /**
   * Behind the comune's reverse proxies: how many (`true` is one). The client is that many
   * addresses from the right of X-Forwarded-For, never the leftmost, which a client can forge.
   */
  trustProxy: z._default(z.union([z.boolean(), z.number().check(z.int(), z.nonnegative(), z.lte(10))]), false),
  database: z.prefault(
    z.strictObject({
      /** A PostgreSQL URL; without one, an embedded PostgreSQL (PGlite) in `dataDir`. */
      url: z.optional(z.string()),
      dataDir: z._default(z.string(), 'receiver-data'),
    }),
    {},
  ),
  mail: z.strictObject({
    from: emailAddress,
    /** smtp:// or smtps:// URL of the mail server; without one, messages are written as .eml files to `dropFolder`. */
    smtp: z.optional(z.string()),
    dropFolder: z._default(z.string(), 'receiver-mail'),
    /** Messages sent at once, over as many SMTP connections: a province serving many comuni raises it, within its mail server's limits. */
    parallel: z._default(z.number().check(z.int(), z.positive(), z.maximum(50)), 4),
  }),
  limits: z.prefault(
    z.strictObject({
      /** The largest body taken: two card copies at the settings' limit and the request. */
      bodyMb: z._default(z.number().check(z.positive()), 12),
      /** Requests one client may send in an hour; more get 429 with Retry-After. */
      requestsPerClientPerHour: z._default(z.number().check(z.int(), z.positive()), 20),
      /** Fewer seconds than this from the form appearing to its sending is a bot's speed. */
      minSecondsToFill: z._default(z.number().check(z.nonnegative()), 5),
    }),
    {},
  ),
  comuni: z.array(comuneSchema).check(z.minLength(1)),
});

export type ReceiverConfigInput = z.input<typeof receiverConfigSchema>;
export type ReceiverConfig = z.output<typeof receiverConfigSchema>;
export type ComuneConfig = ReceiverConfig['comuni'][number];

/** A comune the receiver serves: its receiver settings and its widget settings. */
export interface Comune extends ComuneConfig {
  widget: Settings;
}

export class ConfigError extends Error {}

/** zod/mini carries no messages of its own: say what is wrong in words. */
function issueText(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${issue.expected === 'array' ? 'a list' : /^[aeiou]/.test(issue.expected) ? `an ${issue.expected}` : `a ${issue.expected}`}${issue.input === undefined ? ' (missing)' : ''}`;
    case 'too_small':
      return issue.origin === 'array' ? `needs at least ${issue.minimum} item` : `must be at least ${issue.minimum}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`;
    default:
      return issue.message;
  }
}

function parseOrExplain<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: readonly z.core.$ZodIssue[] } } }, input: unknown, what: string): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => `  ${formatPath(issue.path) || '(top)'}: ${issueText(issue)}`);
  throw new ConfigError(`${what} is not valid:\n${lines.join('\n')}`);
}

async function widgetSettings(name: string, baseDir: string): Promise<Settings> {
  const preset = await loadPreset(name);
  if (preset) return parseOrExplain(settingsSchema, preset, `the settings "${name}"`);
  const path = resolve(baseDir, name);
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new ConfigError(`the settings "${name}": ${error.code === 'ENOENT' ? 'no such file' : 'cannot be read'} at ${path} (a preset name, ${PRESET_IDS.join(' or ')}, or a settings file relative to the configuration file)`);
  });
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`the settings "${name}" (${path}) are not JSON: ${(error as Error).message}`);
  }
  return parseOrExplain(settingsSchema, input, `the settings "${name}"`);
}

/** The configuration from an object (tests) with the environment's overrides, each comune's settings loaded. */
export async function resolveConfig(input: unknown, baseDir: string, env: NodeJS.ProcessEnv = process.env) {
  const config = parseOrExplain(receiverConfigSchema, input, 'the receiver configuration');
  if (env.DATABASE_URL) config.database.url = env.DATABASE_URL;
  if (env.SMTP_URL) config.mail.smtp = env.SMTP_URL;
  if (env.PORT) config.port = Number(env.PORT);
  config.database.dataDir = resolve(baseDir, config.database.dataDir);
  config.mail.dropFolder = resolve(baseDir, config.mail.dropFolder);
  const comuni = new Map<string, Comune>();
  for (const comune of config.comuni) {
    const widget = await widgetSettings(comune.settings, baseDir);
    if (widget.id !== comune.id) throw new ConfigError(`the settings "${comune.settings}" are for "${widget.id}", not "${comune.id}"`);
    // Two copies at the settings' limit must fit in one body: else the form tells the citizen
    // "at most N MB each" and the receiver refuses files within it with 413.
    const perFile = widget.attachments?.maxFileSizeMb ?? DEFAULT_MAX_FILE_MB;
    const needed = bodyNeededMb(perFile);
    if (needed > config.limits.bodyMb) {
      throw new ConfigError(
        `the settings "${comune.settings}" allow card copies of ${perFile} MB each: two of them need limits.bodyMb of at least ${needed}, and it is ${config.limits.bodyMb}. Raise limits.bodyMb, or lower attachments.maxFileSizeMb in the settings.`,
      );
    }
    comuni.set(comune.id, { ...comune, widget });
  }
  return { ...config, comuni };
}

/** A body with two card copies of `perFileMb` each, the request and the multipart framing around them. */
export const bodyNeededMb = (perFileMb: number) => Math.ceil(2 * perFileMb + 1);

export type Receiver = Awaited<ReturnType<typeof resolveConfig>>;

export async function loadConfigFile(path: string, env: NodeJS.ProcessEnv = process.env) {
  let input: unknown;
  try {
    input = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new ConfigError(`cannot read the configuration ${path}: ${(error as Error).message}`);
  }
  return resolveConfig(input, dirname(resolve(path)), env);
}
