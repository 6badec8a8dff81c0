// Prints what each entry costs a page: its file plus everything it imports statically,
// gzipped (-9). Locale and preset chunks are listed apart: they load only when used.
// Fails the build when an entry passes its budget: budgets are ratchets, set just above
// today's size; lower them when a change makes a page smaller, never raise one quietly
// (a raise is a decision, said in the commit). The product's goals are far below them.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Files an ES module pulls in before it runs (static imports), itself included. */
function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, spec] of code.matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*(?:[^"'();]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
    staticClosure(join(dirname(file), spec), seen);
  }
  return seen;
}

/** KB gzip, with static imports. */
const BUDGETS_KB = {
  'cie-widgets.js': 35.1,
  'elements/cie-reprint-form.js': 26.6,
  'elements/cie-contact-update-form.js': 26.3,
  'elements/cie-procedure-guide.js': 14.7,
  'elements/cie-contacts-card.js': 14.1,
  'elements/cie-appointment-link.js': 14.4,
  // The CDN folder's loader alone: a page then fetches only its elements' files above.
  'loader/cie-widgets.js': 2.3,
};
/**
 * A request form without a line above (a new one): the forms share their engine and differ by
 * a declaration of a few hundred bytes, so it starts at the largest form's budget.
 */
const REQUEST_FORM_KB = Math.max(...Object.entries(BUDGETS_KB).filter(([name]) => /^elements\/cie-[a-z-]+-form\.js$/.test(name)).map(([, kb]) => kb));
const budgetOf = (name) => BUDGETS_KB[name] ?? (/^elements\/cie-[a-z-]+-form\.js$/.test(name) ? REQUEST_FORM_KB : undefined);
const over = [];

const entries = [join(DIST, 'cie-widgets.js'), join(DIST, 'loader', 'cie-widgets.js'), ...readdirSync(join(DIST, 'elements')).filter((f) => f.endsWith('.js')).map((f) => join(DIST, 'elements', f))];
const onDemand = ['cdn-chunks', 'elements/chunks'].flatMap((dir) =>
  readdirSync(join(DIST, dir)).filter((f) => /^(trento|dalmine|en|de)-/.test(f)).map((f) => join(DIST, dir, f)),
);

console.log('\nWhat a page loads (gzip -9, with static imports):');
for (const entry of entries) {
  const files = [...staticClosure(entry)];
  const total = files.reduce((sum, f) => sum + gzip(f), 0);
  const name = relative(DIST, entry);
  const budget = budgetOf(name);
  console.log(`  ${name.padEnd(34)} ${kb(total).padStart(9)}  (${files.length} file${files.length > 1 ? 's' : ''})${budget ? `, budget ${budget} KB` : ''}`);
  if (budget === undefined) over.push(`${name} has no budget`);
  else if (total > budget * 1024) over.push(`${name} is ${kb(total)}, over its ${budget} KB budget`);
}
console.log('On demand (a locale other than Italian, a preset):');
for (const chunk of onDemand) console.log(`  ${relative(DIST, chunk).padEnd(34)} ${kb(gzip(chunk)).padStart(9)}`);

const manifest = JSON.parse(readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8'));

// Whole pages as the CDN folder serves them, before the citizen's first answer: the loader,
// the tags' files and Trento's preset (the benchmark's pages; `npm run bench` measures them
// in a browser). Budgets like the entries' above.
const PAGE_BUDGETS_KB = {
  'the reprint form': [['cie-reprint-form'], 29.8],
  'the contacts card': [['cie-contacts-card'], 17.3],
  // Every element the build has an entry for (src/elements.ts).
  'all five elements': [readdirSync(join(DIST, 'elements')).filter((f) => f.endsWith('.js')).map((f) => f.slice(0, -3)), 39.6],
};
const trento = join(DIST, manifest['src/presets/trento.ts'].file);
console.log('A page with the CDN loader and Trento\'s preset, before the first answer:');
for (const [page, [tags, budget]] of Object.entries(PAGE_BUDGETS_KB)) {
  const files = new Set([join(DIST, 'loader', 'cie-widgets.js'), trento]);
  for (const tag of tags) for (const file of staticClosure(join(DIST, 'elements', `${tag}.js`))) files.add(file);
  const total = [...files].reduce((sum, f) => sum + gzip(f), 0);
  console.log(`  ${page.padEnd(34)} ${kb(total).padStart(9)}  (${files.size} files), budget ${budget} KB`);
  if (total > budget * 1024) over.push(`the page with ${page} is ${kb(total)}, over its ${budget} KB budget`);
}

// What comes later, only when used: a form's code for sending (when the citizen first
// answers), the settings checker (settings neither sealed nor a preset alone).
const later = (sources, page) => {
  const before = staticClosure(join(DIST, 'elements', page));
  const files = new Set(sources.flatMap((source) => [...staticClosure(join(DIST, manifest[source].file))]).filter((file) => !before.has(file)));
  return kb([...files].reduce((sum, file) => sum + gzip(file), 0));
};
console.log('Loaded later, when used:');
console.log(`  a form's code for sending, on the first answer   ${later(['components/shared/form/sending.ts', 'src/requests/schema.ts'], 'cie-reprint-form.js')}`);
console.log(`  the settings checker, for unsealed settings      ${later(['src/settings/check.ts'], 'cie-contacts-card.js')} (contacts card page)`);
console.log(`  booking on the page, where booking.system is set  ${later(['components/shared/booking-flow.ts'], 'cie-appointment-link.js')}`);

// What a language other than Italian adds to a page with one element: the translations'
// runtime (src/translations.ts, once per page) and the element's translation groups.
const groups = JSON.parse(/LOCALE_GROUPS[^=]*=\s*(\{[\s\S]*?\});/.exec(readFileSync('src/generated/locales/groups.ts', 'utf8'))[1]);
const runtime = join(DIST, manifest['src/translations.ts'].file);
console.log(`A language added to a page with one element (the translations' runtime, ${kb(gzip(runtime))}, and its groups):`);
for (const [tag, names] of Object.entries(groups)) {
  const cost = (locale) => names.reduce((sum, group) => sum + gzip(join(DIST, manifest[`src/generated/locales/${locale}/${group}.ts`].file)), gzip(runtime));
  // The parts loaded later (sending, problems) come after the runtime: their groups only.
  const part = !tag.startsWith('cie-');
  const shown = (locale) => kb(cost(locale) - (part ? gzip(runtime) : 0));
  console.log(`  ${tag.padEnd(34)} en ${shown('en')}, de ${shown('de')}`);
}

if (over.length) {
  console.error(`\nBundle budgets:\n  ${over.join('\n  ')}`);
  process.exit(1);
}
