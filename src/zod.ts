// Every schema module imports zod from here, so the jitless switch runs before any
// schema is built. zod/mini's objects do not compile parsers today, but zod's JIT
// probes `new Function`, which a strict CSP reports as a violation even when caught:
// the switch keeps that true whatever zod does next (test/bundle-csp.test.ts watches CSP).
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
