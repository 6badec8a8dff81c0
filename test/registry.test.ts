// The lists of elements (src/elements.ts) and of requests (src/requests/kinds.ts), and what
// derives from them, agree: an element missing from the package or the loader's map would
// never load; a request declared in one place and missing in another would be routed,
// mailed or checked as another (the receiver once picked "contact update" for anything not
// a reprint). The build (npm test builds first) is read as an integrator's bundler would.
import { expect } from '@open-wc/testing';
import { elementModule, ELEMENT_TAGS, RESERVED_SPACE } from '../src/elements.js';
import { waitUntil } from './helpers/wait.js';
import { formOf, kindOfType, REQUEST_KINDS, typeOf } from '../src/requests/kinds.js';
import { definitionOfType, REQUESTS } from '../src/requests/registry.js';
import { ratingSchema } from '../src/requests/rating-schema.js';
import { requestSchema } from '../src/requests/schema.js';
import { settingsSchema } from '../src/settings/schema.js';

describe('the registry of requests', () => {
  it('each request’s declaration has its key and its payload type, and a payload’s type finds it again', () => {
    expect(Object.keys(REQUESTS)).to.deep.equal(REQUEST_KINDS);
    for (const kind of REQUEST_KINDS) {
      expect(REQUESTS[kind].kind, kind).to.equal(kind);
      expect(REQUESTS[kind].type, kind).to.equal(typeOf(kind));
      expect(kindOfType(typeOf(kind))).to.equal(kind);
      expect(definitionOfType(typeOf(kind))).to.equal(REQUESTS[kind]);
      expect(ELEMENT_TAGS, kind).to.include(formOf(kind));
    }
  });

  it('the settings, the payloads and the ratings know the same requests', () => {
    expect(Object.keys(settingsSchema.shape.requests.shape).sort()).to.deep.equal([...REQUEST_KINDS].sort());
    const payloadTypes = requestSchema.def.options.map((option) => option.shape.type.def.values[0]);
    expect(payloadTypes.sort()).to.deep.equal(REQUEST_KINDS.map(typeOf).sort());
    const rating = { schemaVersion: 1, comune: 'esempio', variant: 'service', page: 'https://www.comune.esempio.it/cie', stars: 4, locale: 'it' };
    for (const request of REQUEST_KINDS) expect(ratingSchema.safeParse({ ...rating, request }).success, request).to.equal(true);
    expect(ratingSchema.safeParse({ ...rating, request: 'contact-update' }).success, 'the payload’s name is not the key').to.equal(false);
  });
});

describe('the registry of elements', () => {
  it('each element has its export in the package, its entry and map in the CDN loader, its reserved space', async () => {
    // `import 'cie-widgets/cie-reprint-form.js'` as Node and bundlers resolve it: an exact key, else a `*` pattern.
    const pkg = (await (await fetch('/package.json')).json()) as { exports: Record<string, Record<string, string>> };
    const resolve = (subpath: string) => {
      if (pkg.exports[subpath]) return pkg.exports[subpath];
      for (const [key, targets] of Object.entries(pkg.exports)) {
        const [before, after = ''] = key.split('*');
        if (key.includes('*') && subpath.startsWith(before) && subpath.endsWith(after)) {
          const star = subpath.slice(before.length, subpath.length - after.length);
          return Object.fromEntries(Object.entries(targets).map(([condition, path]) => [condition, path.replaceAll('*', star)]));
        }
      }
      return undefined;
    };
    for (const tag of ELEMENT_TAGS) {
      const targets = resolve(`./${tag}.js`);
      expect(targets, tag).to.deep.equal({ types: `./dist/types/${elementModule(tag).replace(/\.ts$/, '.d.ts')}`, default: `./dist/elements/${tag}.js` });
      for (const path of Object.values(targets!)) expect((await fetch(path.slice(1))).status, path).to.equal(200);
    }
    const map = (await (await fetch('/dist/loader/files.json')).json()) as { elements: Record<string, string[]> };
    expect(Object.keys(map.elements).sort()).to.deep.equal([...ELEMENT_TAGS].sort());
    for (const tag of ELEMENT_TAGS) expect(map.elements[tag][0], tag).to.equal(`../${tag}.js`);
    expect(Object.keys(RESERVED_SPACE).sort()).to.deep.equal([...ELEMENT_TAGS].sort());
  });

  it('the all-in-one script defines every element', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = '<!doctype html><script type="module" src="/dist/cie-widgets.js"></script>';
    document.body.append(frame);
    try {
      await waitUntil(() => ELEMENT_TAGS.every((tag) => frame.contentWindow?.customElements.get(tag)), 'not every element was defined');
    } finally {
      frame.remove();
    }
  });
});
