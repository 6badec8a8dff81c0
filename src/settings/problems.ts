// Turns what went wrong with settings into short, structured problems: the element
// shows a localised sentence per problem, the console gets the full detail.
import type { z } from '../zod.js';

export type SettingsProblemReason =
  | 'missing' // a required field is absent
  | 'unknown-field' // a field the schema does not know (often a typo)
  | 'invalid' // present but wrong
  | 'not-json' // a source is not valid JSON
  | 'unreachable' // config-src could not be fetched
  | 'unknown-preset' // comune="…" names no shipped preset
  | 'no-inline-config' // config="ID" names no <script type="application/json">
  | 'no-settings' // nothing tells the element which comune it serves
  | 'not-loaded'; // a file of cie-widgets itself did not arrive (a CDN folder copied incomplete, the connection gone)

export interface SettingsProblem {
  reason: SettingsProblemReason;
  /** Dotted path of the field (`office.phones[0].number`), or the source (URL, id, preset). */
  where: string;
  /** Technical detail for the console, in English. */
  detail: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`))
    .join('');
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined),
    input,
  );
}

/** `input` is what was validated: a field absent from it is "missing", not "invalid". */
export function problemsFromIssues(issues: readonly z.core.$ZodIssue[], input: unknown): SettingsProblem[] {
  return issues.flatMap((issue): SettingsProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        reason: 'unknown-field',
        where: formatPath([...issue.path, key]),
        detail: `unknown field "${key}"`,
      }));
    }
    const missing = valueAt(input, issue.path) === undefined;
    return [
      {
        reason: missing ? 'missing' : 'invalid',
        where: formatPath(issue.path) || '(settings)',
        detail: missing ? 'is required' : describeIssue(issue),
      },
    ];
  });
}

function describeIssue(issue: z.core.$ZodIssue): string {
  // zod/mini ships no message locale (it would add bytes): messages written in the
  // schema are kept, zod's generic "Invalid input" is replaced by what was expected.
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${issue.expected}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return `must have at least ${String(issue.minimum)}`;
    case 'too_big':
      return `must have at most ${String(issue.maximum)}`;
    case 'invalid_union':
      return 'does not match any allowed form';
    default:
      return issue.code;
  }
}
