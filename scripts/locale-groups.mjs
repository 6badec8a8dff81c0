// English and German by element: a page with the contacts card in English fetches the
// card's strings, not the forms'. After `lit-localize build` has written one module per
// locale (src/generated/locales/en.ts), this splits it into groups, one per set of
// elements sharing the same strings (src/generated/locales/en/contacts.ts holds the card's
// own, en/common.ts those every element says), and writes
// src/generated/locales/groups.ts: which groups each element needs. Which element says a
// string is read from the code: the files each element's entry imports (statically, or
// on demand like the service card) against the file each msg() is in. A part of the code
// loaded later with strings of its own (a form's code for sending, on the first answer) is
// a group of its own too, loaded with it: the strings no element's own code says.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { extractMessagesFromProgram } from '@lit/localize-tools/lib/program-analysis.js';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
const outputDir = join(root, config.output.outputDir);

/** Short names for the groups' files, in a fixed order; another element's is its tag's word (cie-reminder-form → reminder). */
const SHORT_NAMES = {
  'cie-appointment-link': 'booking',
  'cie-contacts-card': 'contacts',
  'cie-contact-update-form': 'contact',
  'cie-procedure-guide': 'guide',
  'cie-reprint-form': 'reprint',
};

/**
 * Parts of the elements' code loaded later whose strings come with them, by group name (one
 * word: group names join them with "-"): a form's code for sending, the words for wrong
 * settings, the guide's paths (on its first answer), its service card, and the rating a form
 * shows once it has done its part, and booking on the page (where a booking system is set).
 */
const PARTS = {
  sending: 'components/shared/form/sending.ts',
  problems: 'components/shared/settings-problems.ts',
  paths: 'components/procedure-guide/path-code.ts',
  servicecard: 'components/procedure-guide/service-card.ts',
  rating: 'components/shared/rating/service-rating.ts',
  slots: 'components/shared/booking-flow.ts',
};

/**
 * What a request's question says only after a submit — how the error summary names it,
 * its error when left empty, its row in the summary — is read only by the code for sending
 * (components/shared/form/messages.ts, src/requests/request-payload.ts): said there, so
 * its translation comes with that code, not with the page.
 */
const AFTER_SUBMIT = { dir: join(root, 'src/requests/'), properties: new Set(['errorName', 'whenMissing', 'summary']) };
function saidAfterSubmit(node, fileName) {
  if (!fileName.startsWith(AFTER_SUBMIT.dir)) return false;
  for (let at = node.parent; at; at = at.parent) {
    if (ts.isPropertyAssignment(at) && AFTER_SUBMIT.properties.has(at.name.getText())) return true;
  }
  return false;
}

function program() {
  const configPath = join(root, config.tsConfig);
  const parsed = ts.parseJsonConfigFileContent(ts.readConfigFile(configPath, ts.sys.readFile).config, ts.sys, dirname(configPath));
  return ts.createProgram(parsed.fileNames, parsed.options);
}

/** Every project file `entry` brings in: imports and exports, and `import()` of the element's own code (not presets or locales). */
function closure(prog, entry, parts = new Set()) {
  const options = prog.getCompilerOptions();
  const seen = new Set();
  const visit = (fileName) => {
    if (seen.has(fileName) || parts.has(fileName) || fileName.includes('/node_modules/') || fileName.includes('/src/generated/') || fileName.includes('/src/presets/')) return;
    const file = prog.getSourceFile(fileName);
    if (!file) return;
    seen.add(fileName);
    const specifiers = [];
    const walk = (node) => {
      if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
        if (!node.importClause?.isTypeOnly && !node.isTypeOnly) specifiers.push(node.moduleSpecifier.text);
      } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && ts.isStringLiteral(node.arguments[0] ?? node)) {
        specifiers.push(node.arguments[0].text);
      }
      ts.forEachChild(node, walk);
    };
    walk(file);
    for (const specifier of specifiers) {
      const resolved = ts.resolveModuleName(specifier, fileName, options, ts.sys).resolvedModule;
      if (resolved && !resolved.isExternalLibraryImport) visit(resolve(resolved.resolvedFileName));
    }
  };
  visit(resolve(entry));
  return seen;
}

/** The element entries: components/<name>/index.ts, each defining its tag. */
function elements() {
  return readdirSync(join(root, 'components'), { withFileTypes: true })
    .filter((dir) => dir.isDirectory())
    .flatMap((dir) => {
      const entry = join(root, 'components', dir.name, 'index.ts');
      try {
        const tag = /defineElement\('(cie-[a-z-]+)'/.exec(readFileSync(entry, 'utf8'))?.[1];
        return tag ? [{ tag, entry }] : [];
      } catch {
        return [];
      }
    });
}

/** The templates of a generated locale module, by id, as source text. */
function templatesOf(locale) {
  const source = ts.createSourceFile(`${locale}.ts`, readFileSync(join(outputDir, `${locale}.ts`), 'utf8'), ts.ScriptTarget.Latest, true);
  const found = new Map();
  const walk = (node) => {
    if (ts.isVariableDeclaration(node) && node.name.getText() === 'templates' && node.initializer && ts.isObjectLiteralExpression(node.initializer)) {
      for (const property of node.initializer.properties) {
        if (ts.isPropertyAssignment(property)) found.set(property.name.text ?? property.name.getText(), property.initializer.getText());
      }
    }
    ts.forEachChild(node, walk);
  };
  walk(source);
  return found;
}

const prog = program();
const { messages, errors } = extractMessagesFromProgram(prog);
if (errors.length) throw new Error(`lit-localize analysis failed: ${errors.length} error(s)`);

const tags = elements();
const NAMES = Object.fromEntries(tags.map(({ tag }) => [tag, SHORT_NAMES[tag] ?? tag.slice('cie-'.length).replace(/-form$/, '').replace(/-/g, '')]));
if (new Set(Object.values(NAMES)).size !== tags.length) throw new Error(`two elements' translation groups would share a name: ${JSON.stringify(NAMES)}`);
const partEntries = new Set(Object.values(PARTS).map((entry) => resolve(join(root, entry))));
// An element's own code stops where a part begins; a part's is all it brings in.
const closures = tags.map(({ tag, entry }) => ({ tag, files: closure(prog, entry, partEntries) }));
const partClosures = Object.entries(PARTS).map(([part, entry]) => ({
  part,
  files: closure(prog, join(root, entry)),
  // The elements that load it later (their whole code, parts included, reaches its entry).
  loadedBy: tags.filter(({ entry: own }) => closure(prog, own).has(resolve(join(root, entry)))).map(({ tag }) => NAMES[tag]),
}));

/**
 * Every place each message is said: the same words in two files (a label both requests
 * use) are one message to lit-localize, which keeps the first file only — so each file
 * is read on its own here, and a message belongs to every element that says it anywhere.
 */
const checker = prog.getTypeChecker();
const said = prog
  .getSourceFiles()
  .filter((file) => !file.fileName.includes('/node_modules/'))
  .flatMap((file) =>
    extractMessagesFromProgram({ getSourceFiles: () => [file], getTypeChecker: () => checker }).messages.map((message) => ({
      name: message.name,
      file: resolve(file.fileName),
      afterSubmit: saidAfterSubmit(message.node, resolve(file.fileName)),
    })),
  );
if (new Set(said.map(({ name }) => name)).size !== messages.length) throw new Error('scripts/locale-groups.mjs: reading each file alone found other messages than lit-localize');

/** id → who says it: the elements whose own code does, else the parts whose code does. */
const usersOf = new Map();
for (const { name, file, afterSubmit } of said) {
  const users = usersOf.get(name) ?? { elements: new Set(), parts: new Set() };
  if (afterSubmit) users.parts.add('sending');
  else {
    for (const { tag, files } of closures) if (files.has(file)) users.elements.add(NAMES[tag]);
    for (const { part, files } of partClosures) if (files.has(file)) users.parts.add(part);
  }
  usersOf.set(name, users);
}
/**
 * id → its group: the part's own when only a part says it; else the elements that say it,
 * with those that load a part saying it too ("Poi" in the guide and in a form's receipt
 * must be in the forms' words as well); "other" when only code outside the elements does
 * (the receiver's emails).
 */
const groupOf = new Map(
  [...usersOf].map(([id, { elements, parts }]) => {
    if (!elements.size) return [id, parts.size ? [...parts].sort().join('-') : 'other'];
    for (const { part, loadedBy } of partClosures) if (parts.has(part)) loadedBy.forEach((name) => elements.add(name));
    return [id, [...elements].sort().join('-')];
  }),
);

// A few words shared by some elements ("Contatti", "Portale CIE") are not worth a file of
// their own on every page that speaks them: they join the words every element says.
const EVERY_ELEMENT = Object.values(NAMES).sort().join('-');
const MIN_SHARED_GROUP = 8;
const sizes = new Map();
for (const group of groupOf.values()) sizes.set(group, (sizes.get(group) ?? 0) + 1);
for (const [id, group] of groupOf) {
  if (group.includes('-') && sizes.get(group) < MIN_SHARED_GROUP && Object.values(NAMES).includes(group.split('-')[0])) groupOf.set(id, EVERY_ELEMENT);
}

/**
 * A translation is stored under the first ID_LENGTH characters of its id ("s" or "h" and 6
 * of the hash's 16 hex digits; src/translations.ts looks it up the same way): the ids are a
 * third of a group's bytes and do not compress. Two messages sharing one stops the build.
 */
const ID_LENGTH = 7;
const shortId = (id) => (/^[sh][0-9a-f]{16}$/.test(id) ? id.slice(0, ID_LENGTH) : id);
const byShortId = new Map();
for (const { name } of messages) {
  const other = byShortId.get(shortId(name));
  if (other && other !== name) throw new Error(`scripts/locale-groups.mjs: messages ${other} and ${name} share the id ${shortId(name)}: raise ID_LENGTH`);
  byShortId.set(shortId(name), name);
}

const groups = new Set(groupOf.values());
/** A group's file: named by who says its words, except the one every element loads. */
const fileOf = (group) => (group === EVERY_ELEMENT ? 'common' : group);
for (const locale of config.targetLocales) {
  const templates = templatesOf(locale);
  const dir = join(outputDir, locale);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const group of groups) {
    const entries = [...templates].filter(([id]) => groupOf.get(id) === group);
    const text = entries.map(([id, template]) => `  '${shortId(id)}': ${template},`).join('\n');
    const imports = [
      /\bstr`/.test(text) ? "import { str } from '@lit/localize';" : '',
      /\bhtml`/.test(text) ? "import { html } from 'lit';" : '',
    ].filter(Boolean);
    writeFileSync(
      join(dir, `${fileOf(group)}.ts`),
      `// Generated by scripts/locale-groups.mjs from ${relative(root, join(outputDir, `${locale}.ts`))}: do not edit.\n${imports.join('\n')}\n\nexport const templates = {\n${text}\n};\n`,
    );
  }
}

const needsOf = (name) => [...groups].filter((group) => group.split('-').includes(name)).map(fileOf).sort();
const needs = Object.fromEntries([...tags.map(({ tag }) => [tag, needsOf(NAMES[tag])]), ...Object.keys(PARTS).map((part) => [part, needsOf(part)])]);
const files = [...groups].map(fileOf).sort();
writeFileSync(
  join(outputDir, 'groups.ts'),
  `// Generated by scripts/locale-groups.mjs: which translation groups each element (and each part loaded later) needs.\n` +
    `export const LOCALE_GROUPS: Record<string, readonly string[]> = ${JSON.stringify(needs, null, 2)};\n\n` +
    `/** How many characters of a message's id its translation is stored under. */\n` +
    `export const ID_LENGTH = ${ID_LENGTH};\n\n` +
    `/** Every group: what code outside an element (the receiver's emails) loads. */\n` +
    `export const ALL_LOCALE_GROUPS: readonly string[] = ${JSON.stringify(files)};\n\n` +
    `/** Each group's module by \`locale/group\`, each its own chunk: written out, so no bundler helper resolves a variable path. */\n` +
    `export const LOCALE_MODULES: Record<string, () => Promise<{ templates: Record<string, unknown> }>> = {\n` +
    config.targetLocales.flatMap((locale) => files.map((file) => `  '${locale}/${file}': () => import('./${locale}/${file}.js'),\n`)).join('') +
    `};\n`,
);
console.log(`translations in ${groups.size} groups: ${Object.entries(needs).map(([tag, list]) => `${tag} ${list.length}`).join(', ')}`);
