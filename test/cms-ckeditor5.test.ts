// The Drupal advice in docs/cms.md, tried with the real editor: CKEditor 5 (the `ckeditor5`
// package) configured as Drupal configures it from "Manually editable HTML tags", then with
// the documented rule added. The snippet goes in, the editor's output comes back out, and
// that output, put in a page, must still be working elements. The tag list and the rule's
// patterns are read from docs/cms.md itself, so the document is what is tested.
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../components/cie-widgets.js';
import type { CieElement } from '../components/shared/cie-element.js';
import { textOf } from './helpers/dom.js';

type Matcher = string | RegExp;
interface AllowRule {
  name: Matcher;
  attributes: { key: Matcher; value: true }[];
}

const SNIPPET = `<h2>Recupero PIN e PUK</h2>
<cie-procedure-guide data-comune="trento" data-mode="service-card" heading-level="3"></cie-procedure-guide>
<cie-reprint-form id="richiesta" comune="trento" heading-text="Chiedi la ristampa dei codici" lang="it"></cie-reprint-form>
<p>Per informazioni:</p>
<cie-contacts-card data-comune="trento" hide-heading></cie-contacts-card>`;

let guide = '';
/** The "Manually editable HTML tags" line of docs/cms.md: `<tag attr attr …>` groups. */
const drupalTags = () => {
  const line = guide.split('\n').find((l) => l.trim().startsWith('<cie-procedure-guide id '))!;
  return [...line.matchAll(/<([a-z-]+)([^>]*)>/g)].map(([, tag, attrs]) => ({ tag, attributes: attrs.trim().split(/\s+/) }));
};
/** The custom module's patterns in docs/cms.md, as Drupal hands them to CKEditor 5: regular expressions. */
const modulePatterns = () => [...guide.matchAll(/'pattern' => '([^']+)'/g)].map(([, pattern]) => new RegExp(pattern.replace(/\\\$/g, '\\$')));

async function roundTrip(allow: AllowRule[]): Promise<string> {
  const bundle = '/node_modules/ckeditor5/dist/browser/ckeditor5.js';
  const { ClassicEditor, Essentials, Paragraph, Heading, Bold, Link, List, SourceEditing, GeneralHtmlSupport } = await import(bundle);
  const host = document.createElement('div');
  document.body.append(host);
  const editor = await ClassicEditor.create(host, {
    licenseKey: 'GPL',
    plugins: [Essentials, Paragraph, Heading, Bold, Link, List, SourceEditing, GeneralHtmlSupport],
    htmlSupport: { allow },
  });
  try {
    editor.setData(SNIPPET);
    return editor.getData();
  } finally {
    await editor.destroy();
    host.remove();
  }
}

describe('docs/cms.md, Drupal: the real CKEditor 5', () => {
  before(async () => {
    guide = await (await fetch('/docs/cms.md')).text();
  });

  it('lists every tag and every attribute the elements take, no more (its table and the Drupal line)', async () => {
    const manifest = await (await fetch('/dist/custom-elements.json')).json();
    const declared = new Map<string, string[]>();
    for (const module of manifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.tagName) declared.set(declaration.tagName, ['id', ...declaration.attributes.map((a: { name: string }) => a.name)]);
      }
    }
    // The guide's table: the attributes without their data-* twins.
    const table = [...guide.matchAll(/^\| `(cie-[a-z-]+)` \| `([^`]+)` \|$/gm)].map(([, tag, attrs]) => ({ tag, attributes: attrs.split(' ') }));
    expect(table.map((t) => t.tag)).to.have.members([...declared.keys()]);
    for (const { tag, attributes } of table) expect(attributes, tag).to.have.members(declared.get(tag)!.filter((a) => !a.startsWith('data-')));
    const listed = drupalTags();
    expect(listed.map((t) => t.tag)).to.have.members([...declared.keys()]);
    for (const { tag, attributes } of listed) expect(attributes, tag).to.have.members(declared.get(tag)!);
  });

  it('Drupal’s own rules from "Manually editable HTML tags" lose every element: the trap the guide warns of', async () => {
    const asDrupalDoes = drupalTags().map(({ tag, attributes }) => ({ name: tag, attributes: attributes.map((key) => ({ key, value: true as const })) }));
    const output = await roundTrip(asDrupalDoes);
    expect(output).to.contain('Per informazioni');
    expect(output).to.not.contain('<cie-');
  });

  it('with the guide’s rule the elements come out of the editor whole, and work on the page', async function () {
    const [name, key] = modulePatterns();
    const output = await roundTrip([{ name, attributes: [{ key, value: true }] }]);
    for (const tag of ['cie-procedure-guide', 'cie-reprint-form', 'cie-contacts-card']) expect(output).to.contain(`<${tag}`);
    expect(output).to.contain('data-mode="service-card"');
    expect(output).to.contain('heading-text="Chiedi la ristampa dei codici"');

    const page = await fixture<HTMLElement>(html`<div>${unsafeHTML(output)}</div>`);
    for (const element of page.querySelectorAll<CieElement>('cie-procedure-guide, cie-reprint-form, cie-contacts-card')) await element.ready;
    expect(page.querySelectorAll('cie-procedure-guide [data-element="page-index"] > li').length).to.be.greaterThan(5);
    expect(textOf(page.querySelector('cie-reprint-form')!.shadowRoot!.querySelector('#form-heading')!)).to.equal('Chiedi la ristampa dei codici');
    expect(textOf(page.querySelector('cie-contacts-card')!)).to.contain('(+39) 0461 884291');
  });
});
