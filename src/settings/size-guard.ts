// How large settings may be before anything walks them in full: a pasted export or a loop gone
// wrong (100,000 phones) costs a walk, not a freeze. The checker runs it before validating;
// a sealed file, which skips the checker, runs it too (it is small: no zod here).
import { MAX_LIST } from './lists.js';
import { formatPath, type SettingsProblem } from './problems.js';

/**
 * The first list or text far larger than any settings need (a pasted export, a loop gone
 * wrong), found before validation so that 100,000 entries cost a walk, not a freeze.
 */
export function oversizedAt(value: unknown, path: PropertyKey[] = [], depth = 0): SettingsProblem | undefined {
  const where = formatPath(path) || '(settings)';
  if (depth > 12) return { reason: 'invalid', where, detail: 'is nested too deeply' };
  if (typeof value === 'string' && value.length > 20_000) return { reason: 'invalid', where, detail: 'is too long (at most 20,000 characters)' };
  if (Array.isArray(value)) {
    if (value.length > MAX_LIST * 10) return { reason: 'invalid', where, detail: `must have at most ${MAX_LIST} items` };
    for (const [i, item] of value.entries()) {
      const found = oversizedAt(item, [...path, i], depth + 1);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = oversizedAt(item, [...path, key], depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}

