// Completion for editors and integrators, generated from dist/custom-elements.json (which
// the build generates from the elements' JSDoc): VS Code's custom HTML data and JetBrains'
// web-types, so typing `<cie-` offers the tags, their attributes and allowed values.
import { readFileSync, writeFileSync } from 'node:fs';

const dist = new URL('../dist/', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', dist), 'utf8'));

const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

/** `'guide' | 'service-card'` → ['guide', 'service-card']: the values an editor may pick. */
const valuesOf = (attribute) => [...(attribute.type?.text ?? '').matchAll(/'([^']+)'/g)].map((match) => match[1]);

/** What both formats say of an attribute: its name, its words, the values it takes. */
const attributeDoc = (attribute) => ({
  name: attribute.name,
  description: attribute.description ?? '',
  ...(valuesOf(attribute).length ? { values: valuesOf(attribute).map((name) => ({ name })) } : {}),
});

const vscode = {
  version: 1.1,
  tags: elements.map((element) => ({
    name: element.tagName,
    description: element.description ?? element.summary ?? '',
    attributes: (element.attributes ?? []).map(attributeDoc),
  })),
};

const webTypes = {
  $schema: 'https://json.schemastore.org/web-types',
  name: pkg.name,
  version: pkg.version,
  'description-markup': 'markdown',
  contributions: {
    html: {
      elements: elements.map((element) => ({
        name: element.tagName,
        description: element.description ?? element.summary ?? '',
        attributes: (element.attributes ?? []).map((attribute) => ({
          ...attributeDoc(attribute),
          value: valuesOf(attribute).length ? { type: 'enum', required: true } : { type: attribute.type?.text ?? 'string' },
        })),
        events: (element.events ?? []).map((event) => ({ name: event.name, description: event.description ?? '' })),
      })),
    },
  },
};

writeFileSync(new URL('vscode.html-custom-data.json', dist), `${JSON.stringify(vscode, null, 2)}\n`);
writeFileSync(new URL('web-types.json', dist), `${JSON.stringify(webTypes, null, 2)}\n`);
console.log(`IDE data: ${elements.length} elements (dist/vscode.html-custom-data.json, dist/web-types.json)`);
