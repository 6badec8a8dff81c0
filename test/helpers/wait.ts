// Every test waits on what the citizen would see, never on the clock: CI runs on a busy
// 2-core machine where a page that shows in 50 ms here may take seconds. A wait ends as soon
// as its condition holds, so a long bound costs nothing when the test passes; it only says
// how long to look before calling it a failure. @open-wc/testing's own default (1 s) is the
// kind of tight bound that fails on a loaded machine, so tests import this one instead
// (eslint.config.js forbids the other).
import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

/** How long a wait looks for its condition before failing: far below the test's own bound (web-test-runner.config.mjs). */
export const WAIT_MS = 20_000;

/** Resolves when `condition` holds (checked every 50 ms), fails with `message` after WAIT_MS. */
export function waitUntil(condition: () => unknown, message?: string): Promise<void> {
  return openWcWaitUntil(condition, message, { timeout: WAIT_MS, interval: 50 });
}
