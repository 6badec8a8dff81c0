// publiccode.yml, the file Italian administrations (and Developers Italia's catalogue) read
// before reusing software: written from package.json and CHANGELOG.md, checked against the
// rules of the standard as italia/publiccode-parser-go applies them (publiccode.yml 0.5,
// Italian extension 1.0).
//
//   node scripts/publiccode.mjs                  writes publiccode.yml (needs package.json's
//                                                `repository` and a maintainer: `author`)
//   node scripts/publiccode.mjs --check FILE     checks a written file, names what is wrong
//   node scripts/publiccode.mjs --out FILE --url URL --maintainer NAME
//   node scripts/publiccode.mjs --self-test      (CI) builds one with sample facts and checks
//                                                it, and checks publiccode.yml when there is one
//
// It refuses rather than invent: the repository's public URL and who maintains it are
// facts only the publisher knows. `usedBy` stays out until a comune really uses it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import * as z from 'zod/mini';

const root = new URL('../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

const DESCRIPTION = {
  it: {
    genericName: 'Componenti web per siti comunali',
    shortDescription: 'Il servizio di recupero di PIN e PUK della carta d’identità elettronica sul sito di ogni comune, incollando un tag.',
    longDescription: `cie-widgets porta sul sito di un comune l’intero servizio “Recuperare PIN e PUK della CIE”: una guida che chiede al cittadino la sua situazione (PIN dimenticato o bloccato, PUK smarrito, contatti mai lasciati) e mostra solo il suo percorso; i moduli di ristampa dei codici e di aggiornamento di email e cellulare; i contatti dell’ufficio con gli orari e l’indicazione “aperto ora”; la prenotazione dell’appuntamento.

Ogni comune scrive un solo file di impostazioni (uffici, telefoni per argomento, PEC, orari, prenotazione, come arrivano le richieste, tempi e costi), senza toccare il codice; un configuratore lo compila con un modulo e un’anteprima. Le richieste arrivano come il comune sceglie: a un suo servizio web (con un ricevitore di riferimento e un contratto OpenAPI), per email all’ufficio, o come riepilogo da portare all’appuntamento.

Gli elementi funzionano in OpenCity Italia, WordPress e Drupal, seguono il modello di scheda servizio di Designers Italia, sono accessibili (WCAG 2.1 AA), in italiano, inglese e tedesco, e pesano poche decine di KB.`,
    features: [
      'Guida al recupero di PIN e PUK per situazione del cittadino',
      'Moduli di ristampa dei codici e di aggiornamento dei contatti',
      'Contatti e orari dell’ufficio con “aperto ora”',
      'Scheda servizio secondo il modello Designers Italia',
      'Un file di impostazioni per comune e un configuratore',
      'Ricevitore di riferimento e contratto OpenAPI per le richieste',
    ],
  },
  en: {
    genericName: 'Web components for municipal sites',
    shortDescription: 'The service that recovers the PIN and PUK of the Italian electronic identity card, on any comune’s website by pasting a tag.',
    longDescription: `cie-widgets puts the whole “recover the PIN and PUK of your CIE” service on a comune’s website: a guide that asks citizens their situation (PIN forgotten or blocked, PUK lost, no contacts left with the Ministry) and shows only their path; the forms to reprint the codes and to add or change the email and mobile; the office’s contacts with opening hours and “open now”; booking the appointment.

Each comune writes one settings file (offices, phones by topic, PEC, hours, booking, how requests reach it, times and costs) and no code; a configurator fills it in through a form with a live preview. Requests reach the comune as it chooses: its own web service (with a reference receiver and an OpenAPI contract), an email to the office, or a summary to bring to the appointment.

The elements work in OpenCity Italia, WordPress and Drupal, follow Designers Italia’s service page, are accessible (WCAG 2.1 AA), speak Italian, English and German, and weigh a few tens of KB.`,
    features: [
      'A guide to recovering PIN and PUK, by the citizen’s situation',
      'Forms to reprint the codes and to update the contacts',
      'The office’s contacts and hours, with “open now”',
      'The Designers Italia service page',
      'One settings file per comune, and a configurator',
      'A reference receiver and an OpenAPI contract for requests',
    ],
  },
};

/** The standard's rules, as publiccode-parser-go checks a 0.x file (the keys this file uses). */
const text = (min, max) => z.string().check(z.refine((value) => [...value].length >= min && [...value].length <= max, `must be ${min}–${max} characters`));
const description = z.strictObject({
  genericName: text(1, 35),
  shortDescription: text(1, 150),
  longDescription: text(150, 10000),
  features: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  documentation: z.optional(z.url({ protocol: /^https?$/ })),
});
export const publiccodeSchema = z.strictObject({
  publiccodeYmlVersion: z.enum(['0.4', '0.5']),
  name: z.string().check(z.minLength(1)),
  url: z.url({ protocol: /^https?$/ }),
  softwareVersion: z.optional(z.string()),
  releaseDate: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD'))),
  platforms: z.array(z.string()).check(z.minLength(1)),
  categories: z.array(z.string().check(z.regex(/^[a-z-]+$/))).check(z.minLength(1)),
  developmentStatus: z.enum(['concept', 'development', 'beta', 'stable', 'obsolete']),
  softwareType: z.enum(['standalone/mobile', 'standalone/iot', 'standalone/desktop', 'standalone/web', 'standalone/backend', 'standalone/other', 'addon', 'library', 'configurationFiles']),
  intendedAudience: z.strictObject({ countries: z.array(z.string().check(z.regex(/^[a-z]{2}$/))), scope: z.array(z.string()) }),
  description: z.record(z.enum(['it', 'en']), description).check(z.refine((all) => Object.keys(all).length === 2, 'needs it and en')),
  legal: z.strictObject({ license: z.literal('EUPL-1.2'), mainCopyrightOwner: z.optional(z.string()), repoOwner: z.optional(z.string()) }),
  maintenance: z.strictObject({
    type: z.enum(['internal', 'contract', 'community', 'none']),
    contacts: z.array(z.strictObject({ name: z.string().check(z.minLength(1)), email: z.optional(z.email()) })).check(z.minLength(1)),
  }),
  localisation: z.strictObject({ localisationReady: z.boolean(), availableLanguages: z.array(z.enum(['it', 'en', 'de'])).check(z.minLength(1)) }),
  it: z.strictObject({
    countryExtensionVersion: z.literal('1.0'),
    piattaforme: z.strictObject({ spid: z.boolean(), pagopa: z.boolean(), cie: z.boolean(), anpr: z.boolean(), io: z.boolean() }),
  }),
});

/** The released version's date, from a CHANGELOG heading like `## 0.2.0 — 2026-12-01`. */
function releaseOf(version) {
  const changelog = readFileSync(new URL('CHANGELOG.md', root), 'utf8');
  const heading = new RegExp(`^## ${version.replace(/\./g, '\\.')}\\b.*?(\\d{4}-\\d{2}-\\d{2})`, 'm').exec(changelog);
  return heading ? { softwareVersion: version, releaseDate: heading[1] } : {};
}

function build({ url, maintainer }) {
  const [name, email] = /^(.*?)\s*(?:<([^>]+)>)?$/.exec(maintainer).slice(1);
  const released = releaseOf(pkg.version);
  return {
    publiccodeYmlVersion: '0.5',
    name: pkg.name,
    url,
    ...released,
    platforms: ['web'],
    // From the standard's vocabularies (categories-list, scope-list).
    categories: ['digital-citizenship', 'data-collection', 'online-booking'],
    // Released versions are for production; before the first, the catalogue says beta.
    developmentStatus: released.releaseDate ? 'stable' : 'beta',
    softwareType: 'library',
    intendedAudience: { countries: ['it'], scope: ['local-authorities', 'government'] },
    description: DESCRIPTION,
    legal: { license: pkg.license },
    maintenance: { type: 'community', contacts: [{ name, ...(email ? { email } : {}) }] },
    localisation: { localisationReady: true, availableLanguages: ['it', 'en', 'de'] },
    // The widgets guide citizens to their CIE codes; they do not sign anyone in with CIE.
    it: { countryExtensionVersion: '1.0', piattaforme: { spid: false, pagopa: false, cie: false, anpr: false, io: false } },
  };
}

/** Problems with a publiccode.yml's content, one line each; none when it is valid. */
export function problemsOf(document) {
  const parsed = publiccodeSchema.safeParse(document);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`);
}

const { values } = parseArgs({
  options: { check: { type: 'string' }, out: { type: 'string' }, url: { type: 'string' }, maintainer: { type: 'string' }, 'self-test': { type: 'boolean' } },
});

const shown = (file) => (file instanceof URL ? fileURLToPath(file) : file);

/** Exits non-zero, naming each problem, when the file is not a valid publiccode.yml. */
function check(file) {
  const problems = problemsOf(parse(readFileSync(file, 'utf8')));
  if (problems.length) {
    console.error(`${shown(file)} is not a valid publiccode.yml:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`${shown(file)}: valid publiccode.yml`);
}

if (values.check) {
  check(values.check);
} else if (values['self-test']) {
  const sample = join(tmpdir(), 'cie-widgets.publiccode.sample.yml');
  const written = stringify(build({ url: 'https://example.invalid/cie-widgets.git', maintainer: 'Comune di Esempio <cie@comune.esempio.it>' }), { lineWidth: 0 });
  writeFileSync(sample, written);
  check(sample);
  if (existsSync(new URL('publiccode.yml', root))) check(new URL('publiccode.yml', root));
} else {
  const url = values.url ?? (typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url)?.replace(/^git\+/, '');
  const maintainer = values.maintainer ?? (typeof pkg.author === 'string' ? pkg.author : pkg.author?.name && `${pkg.author.name}${pkg.author.email ? ` <${pkg.author.email}>` : ''}`);
  const missing = [!url && 'the public repository URL (package.json "repository")', !maintainer && 'who maintains it (package.json "author")'].filter(Boolean);
  if (missing.length) {
    console.error(`publiccode.yml not written: it needs ${missing.join(' and ')}. These are the publisher's facts; nothing is invented.`);
    process.exit(1);
  }
  const document = build({ url, maintainer });
  const problems = problemsOf(document);
  if (problems.length) throw new Error(`the publiccode.yml this script builds is invalid:\n  ${problems.join('\n  ')}`);
  const out = values.out ?? new URL('publiccode.yml', root);
  writeFileSync(out, `# Written by scripts/publiccode.mjs from package.json and CHANGELOG.md; edit there.\n${stringify(document, { lineWidth: 0 })}`);
  console.log(`publiccode.yml written (${String(out)})`);
}
