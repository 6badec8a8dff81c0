// What the build publishes for integrators and editors: the OpenAPI contract, IDE data, the
// settings reference, the manifest, the theming words in the docs.
import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { CieAppointmentLink } from '../components/appointment-link/appointment-link.js';
import { CieContactUpdateForm } from '../components/contact-update-form/index.js';
import { CieContactsCard } from '../components/contacts-card/contacts-card.js';
import { CieProcedureGuide } from '../components/procedure-guide/procedure-guide.js';
import { CieReprintForm } from '../components/reprint-form/index.js';
import { requestSchema } from '../src/requests/schema.js';

describe('the endpoint contract for integrators (dist/openapi.json)', () => {
  it('OpenAPI 3.1: both bodies, the Idempotency-Key, every answer the form reads, examples the published schema accepts', async () => {
    const doc = await (await fetch('/dist/openapi.json')).json();
    expect(doc.openapi).to.equal('3.1.0');
    const post = doc.paths['/cie-requests'].post;
    expect(post.parameters.find((p: { name: string }) => p.name === 'Idempotency-Key').required).to.equal(true);
    expect(Object.keys(post.requestBody.content)).to.have.members(['application/json', 'multipart/form-data']);
    expect(Object.keys(post.responses)).to.include.members(['201', '409', '400', '422', '413', '429', '5XX']);
    expect(post.responses['429'].headers['Retry-After']).to.not.equal(undefined);
    expect(doc.info.description).to.contain('Access-Control-Expose-Headers: Retry-After');
    const examples = [
      ...Object.values(post.requestBody.content['multipart/form-data'].examples).map((e) => (e as { value: { request: unknown } }).value.request),
      ...Object.values(post.requestBody.content['application/json'].examples).map((e) => (e as { value: unknown }).value),
    ];
    expect(examples.map((e) => (e as { type: string }).type)).to.include.members(['reprint', 'contact-update']);
    for (const example of examples) expect(requestSchema.safeParse(example).success, JSON.stringify(example)).to.equal(true);
  });

  it('each field an integrator validates carries the form’s own rule as a pattern, format or limit; CORS is an operation, not only prose', async () => {
    const doc = await (await fetch('/dist/openapi.json')).json();
    type Node = { pattern?: string; format?: string; maxLength?: number; properties?: Record<string, Node> };
    const reprint = (doc.components.schemas.CieRequest.oneOf as { properties: Record<string, Node> }[]).find((v) => (v.properties.type as { const?: string }).const === 'reprint')!;
    const holder = reprint.properties.holder.properties!;
    const accepts = (node: Node, value: string) => new RegExp(node.pattern!, 'u').test(value);
    expect(accepts(holder.codiceFiscale, 'RSSMRA70A01H501S')).to.equal(true);
    expect(accepts(holder.codiceFiscale, 'rssmra70a01h501s'), 'lower case: the form sends capitals').to.equal(false);
    expect(accepts(holder.cardNumber, 'CA00000AA')).to.equal(true);
    expect(accepts(holder.cardNumber, 'CA0000AA')).to.equal(false);
    expect(holder.birthDate.format).to.equal('date');
    expect(accepts(holder.birthDate, '1970-02-30'), 'a day that does not exist').to.equal(false);
    const email = reprint.properties.contacts.properties!.email;
    expect(email.maxLength).to.equal(254);
    expect(accepts(email, 'mario.rossi@example.it')).to.equal(true);
    expect(accepts(email, 'mario.rossi@example')).to.equal(false);
    const preflight = doc.paths['/cie-requests'].options;
    expect(Object.keys(preflight.responses['204'].headers)).to.include.members(['Access-Control-Allow-Origin', 'Access-Control-Allow-Headers']);
    expect(Object.keys(doc.paths['/cie-requests'].post.responses['201'].headers)).to.include.members(['Access-Control-Allow-Origin', 'Access-Control-Expose-Headers']);
  });
});

describe('completion in editors (generated from the manifest)', () => {
  it('the counter’s own appointments (booking.system "receiver"): the routes the element calls, with the body the receiver checks', async () => {
    const doc = await (await fetch('/dist/openapi.json')).json();
    expect(Object.keys(doc.paths)).to.include.members(['/booking/slots', '/booking/appointments', '/booking/appointments/{code}/cancel']);
    const book = doc.paths['/booking/appointments'].post;
    expect(book.parameters[0]).to.include({ name: 'Idempotency-Key', required: true });
    expect(Object.keys(book.responses)).to.include.members(['201', '200', '409']);
    const body = doc.components.schemas.AppointmentRequest;
    expect(body.required).to.have.members(['start', 'givenName', 'familyName', 'email', 'locale']);
    expect(body.properties.locale.enum).to.deep.equal(['it', 'en', 'de']);
    expect(book.requestBody.content['application/json'].examples.appointment.value).to.include({ givenName: 'Lucia', locale: 'it' });
  });

  it('VS Code custom data and JetBrains web-types list each element, its attributes, allowed values and events', async () => {
    const vscode = await (await fetch('/dist/vscode.html-custom-data.json')).json();
    const tags = new Map<string, { attributes: { name: string; values?: { name: string }[] }[] }>(
      vscode.tags.map((tag: { name: string }) => [tag.name, tag]),
    );
    expect([...tags.keys()]).to.have.members(['cie-appointment-link', 'cie-contact-update-form', 'cie-contacts-card', 'cie-procedure-guide', 'cie-reprint-form']);
    const mode = tags.get('cie-procedure-guide')!.attributes.find((a) => a.name === 'mode')!;
    expect(mode.values!.map((v) => v.name)).to.deep.equal(['guide', 'service-card']);
    expect(tags.get('cie-reprint-form')!.attributes.map((a) => a.name)).to.include.members(['comune', 'endpoint', 'data-endpoint', 'config-src']);
    // Each element offers its own attributes only: no endpoint on a card, the guide's twins listed.
    expect(tags.get('cie-contacts-card')!.attributes.map((a) => a.name)).to.not.include('data-endpoint');
    expect(tags.get('cie-procedure-guide')!.attributes.map((a) => a.name)).to.include.members(['data-mode', 'data-situation']);
    const webTypes = await (await fetch('/dist/web-types.json')).json();
    const form = webTypes.contributions.html.elements.find((e: { name: string }) => e.name === 'cie-reprint-form');
    expect(form.events.map((e: { name: string }) => e.name)).to.include.members(['cie-submit', 'cie-submitted', 'cie-submit-error']);
  });
});

describe('the settings reference for editors', () => {
  it('docs/settings.md is what the build generates from the schema (regenerate with `npm run docs`)', async () => {
    const generated = await (await fetch('/dist/settings-reference.md')).text();
    const committed = await (await fetch('/docs/settings.md')).text();
    // A boolean, so a stale page reports one line, not the whole page twice.
    expect(committed === generated, 'docs/settings.md is stale: run `npm run docs`').to.equal(true);
    for (const field of ['office.patronDay', 'office.closedDates', 'requests.<request>.channel.type', 'privacyNoticeUrl', 'contactRules.pecDomains']) {
      expect(generated).to.contain(`| \`${field}\` |`);
    }
  });

  it('the JSON Schema carries each field’s description and an example, for hover help in an editor', async () => {
    const schema = await (await fetch('/dist/settings.schema.json')).json();
    const patronDay = schema.properties.office.properties.patronDay;
    expect(patronDay.description).to.contain('patron saint');
    expect(patronDay.examples).to.deep.equal(['06-26']);
    expect(schema.required).to.not.include('contactUpdate');
    expect(schema.properties.requests.required).to.deep.equal(['reprint']);
  });
});

describe('the element manifest for integrators (dist/custom-elements.json)', () => {
  it('lists every element with its attributes, events and parts', async () => {
    const manifest = await (await fetch('/dist/custom-elements.json')).json();
    type Declaration = { tagName?: string; attributes?: { name: string }[]; events?: { name: string }[]; cssParts?: { name: string }[] };
    const elements = new Map<string, Declaration>(
      manifest.modules.flatMap((m: { declarations?: Declaration[] }) => m.declarations ?? []).filter((d: Declaration) => d.tagName).map((d: Declaration) => [d.tagName, d]),
    );
    expect([...elements.keys()].sort()).to.deep.equal([
      'cie-appointment-link',
      'cie-contact-update-form',
      'cie-contacts-card',
      'cie-procedure-guide',
      'cie-reprint-form',
    ]);
    const names = (tag: string, key: 'attributes' | 'events' | 'cssParts') => (elements.get(tag)![key] ?? []).map((x) => x.name);
    expect(names('cie-contacts-card', 'attributes')).to.include.members(['comune', 'config', 'config-src', 'lang', 'heading-level', 'now']);
    expect(names('cie-reprint-form', 'attributes')).to.include('endpoint');
    expect(names('cie-reprint-form', 'events')).to.deep.equal(['cie-submit', 'cie-submitted', 'cie-submit-error', 'cie-appointment-booked']);
    expect(names('cie-appointment-link', 'events')).to.deep.equal(['cie-appointment-booked']);
    expect(names('cie-procedure-guide', 'cssParts')).to.include.members(['question', 'path', 'steps']);
  });
});

describe('theming is documented where integrators look', () => {
  it('the README’s snippet pins this version, and its integrity, when present, is a SHA-384 hash', async () => {
    const readme = await (await fetch('/README.md')).text();
    const pkg = await (await fetch('/package.json')).json();
    const line = readme.split('<!-- pinned-snippet:start -->')[1].split('\n').find((l) => l.startsWith('<script'))!;
    expect(line).to.contain(`/cie-widgets@${pkg.version}/cie-widgets.js"`);
    const integrity = /integrity="([^"]+)"/.exec(line)?.[1];
    if (integrity !== undefined) expect(integrity).to.match(/^sha384-[A-Za-z0-9+/]{64}$/);
  });

  it('every --cie-* property an element’s styles read is in its manifest entry and in the editors’ guide', async () => {
    const elements = { 'cie-appointment-link': CieAppointmentLink, 'cie-contact-update-form': CieContactUpdateForm, 'cie-contacts-card': CieContactsCard, 'cie-procedure-guide': CieProcedureGuide, 'cie-reprint-form': CieReprintForm };
    const manifest = await (await fetch('/dist/custom-elements.json')).json();
    type Declaration = { tagName?: string; cssProperties?: { name: string; description?: string }[] };
    const declarations: Declaration[] = manifest.modules.flatMap((m: { declarations?: Declaration[] }) => m.declarations ?? []);
    const guide = await (await fetch('/docs/editors.md')).text();
    for (const [tag, element] of Object.entries(elements)) {
      const styles = [element.styles].flat(Infinity) as CSSResult[];
      const used = new Set(styles.flatMap((style) => [...style.cssText.matchAll(/var\((--cie-[a-z-]+)/g)].map((m) => m[1])));
      const documented = declarations.find((d) => d.tagName === tag)!.cssProperties ?? [];
      expect(used.size, tag).to.be.greaterThan(5);
      expect(documented.map((p) => p.name), tag).to.include.members([...used]);
      expect(documented.every((p) => p.description), `${tag}: each property says what it colours`).to.equal(true);
      for (const name of used) expect(guide, `docs/editors.md lists ${name}`).to.contain(`\`${name}\``);
    }
  });
});


