// English and German by element: a page with the contacts card in English fetches the
// card's strings, not the forms'. After `lit-localize build` has written one module per
// locale (src/generated/locales/en.ts), this splits it into groups, one per set of
// elements sharing the same strings (src/generated/locales/en/contacts.ts holds the card's
// own, en/booking-contact-contacts-guide-reprint.ts those every element says), and writes
// src/generated/locales/groups.ts: which groups each element needs. Which element says a
// string is read from the code: the files each element's entry imports (statically, or
// on demand like the service card) against the file each msg() is in.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { extractMessagesFromProgram } from '@lit/localize-tools/lib/program-analysis.js';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
const outputDir = join(root, config.output.outputDir);

/** Short names for the groups' files, in a fixed order. */
const NAMES = {
  'cie-appointment-link': 'booking',
  'cie-contacts-card': 'contacts',
  'cie-contact-update-form': 'contact',
  'cie-procedure-guide': 'guide',
  'cie-reprint-form': 'reprint',
};

function program() {
  const configPath = join(root, config.tsConfig);
  const parsed = ts.parseJsonConfigFileContent(ts.readConfigFile(configPath, ts.sys.readFile).config, ts.sys, dirname(configPath));
  return ts.createProgram(parsed.fileNames, parsed.options);
}

/** Every project file `entry` brings in: imports and exports, and `import()` of the element's own code (not presets or locales). */
function closure(prog, entry) {
  const options = prog.getCompilerOptions();
  const seen = new Set();
  const visit = (fileName) => {
    if (seen.has(fileName) || fileName.includes('/node_modules/') || fileName.includes('/src/generated/') || fileName.includes('/src/presets/')) return;
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
if (tags.length !== Object.keys(NAMES).length || tags.some(({ tag }) => !NAMES[tag])) {
  throw new Error(`scripts/locale-groups.mjs names ${Object.keys(NAMES).join(', ')}; the components define ${tags.map((t) => t.tag).join(', ')}`);
}
const closures = tags.map(({ tag, entry }) => ({ tag, files: closure(prog, entry) }));

/** id → the group of the elements that say it ("other": only code outside the elements, like the receiver's emails). */
const groupOf = new Map();
for (const message of messages) {
  const file = resolve(message.file.fileName);
  const users = closures.filter(({ files }) => files.has(file)).map(({ tag }) => NAMES[tag]).sort();
  const previous = groupOf.get(message.name);
  const all = [...new Set([...(previous ? previous.split('-').filter((name) => name !== 'other') : []), ...users])].sort();
  groupOf.set(message.name, all.length ? all.join('-') : 'other');
}

const groups = new Set(groupOf.values());
for (const locale of config.targetLocales) {
  const templates = templatesOf(locale);
  const dir = join(outputDir, locale);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const group of groups) {
    const entries = [...templates].filter(([id]) => groupOf.get(id) === group);
    const text = entries.map(([id, template]) => `  '${id}': ${template},`).join('\n');
    const imports = [
      /\bstr`/.test(text) ? "import { str } from '@lit/localize';" : '',
      /\bhtml`/.test(text) ? "import { html } from 'lit';" : '',
    ].filter(Boolean);
    writeFileSync(
      join(dir, `${group}.ts`),
      `// Generated by scripts/locale-groups.mjs from ${relative(root, join(outputDir, `${locale}.ts`))}: do not edit.\n${imports.join('\n')}\n\nexport const templates = {\n${text}\n};\n`,
    );
  }
}

const needs = Object.fromEntries(
  tags.map(({ tag }) => [tag, [...groups].filter((group) => group.split('-').includes(NAMES[tag])).sort()]),
);
writeFileSync(
  join(outputDir, 'groups.ts'),
  `// Generated by scripts/locale-groups.mjs: which translation groups each element needs.\n` +
    `export const LOCALE_GROUPS: Record<string, readonly string[]> = ${JSON.stringify(needs, null, 2)};\n\n` +
    `/** Every group: what code outside an element (the receiver's emails) loads. */\n` +
    `export const ALL_LOCALE_GROUPS: readonly string[] = ${JSON.stringify([...groups].sort())};\n`,
);
console.log(`translations in ${groups.size} groups: ${Object.entries(needs).map(([tag, list]) => `${tag} ${list.length}`).join(', ')}`);
