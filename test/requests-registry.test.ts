// The list of requests (src/requests/kinds.ts) and what derives from it agree: a request
// declared in one place and missing in another would be routed, mailed or checked as
// another (the receiver once picked "contact update" for anything not a reprint).
import { expect } from '@open-wc/testing';
import { kindOfType, REQUEST_KINDS, REQUEST_TYPES } from '../src/requests/kinds.js';
import { definitionOfType, REQUESTS } from '../src/requests/registry.js';
import { ratingSchema } from '../src/requests/rating-schema.js';
import { requestSchema } from '../src/requests/schema.js';
import { settingsSchema } from '../src/settings/schema.js';

describe('the registry of requests', () => {
  it('each request’s declaration has its key and its payload type, and a payload’s type finds it again', () => {
    expect(Object.keys(REQUESTS)).to.deep.equal(REQUEST_KINDS);
    for (const kind of REQUEST_KINDS) {
      expect(REQUESTS[kind].kind, kind).to.equal(kind);
      expect(REQUESTS[kind].type, kind).to.equal(REQUEST_TYPES[kind]);
      expect(kindOfType(REQUEST_TYPES[kind])).to.equal(kind);
      expect(definitionOfType(REQUEST_TYPES[kind])).to.equal(REQUESTS[kind]);
    }
  });

  it('the settings, the payloads and the ratings know the same requests', () => {
    expect(Object.keys(settingsSchema.shape.requests.shape).sort()).to.deep.equal([...REQUEST_KINDS].sort());
    const payloadTypes = requestSchema.def.options.map((option) => option.shape.type.def.values[0]);
    expect(payloadTypes.sort()).to.deep.equal(Object.values(REQUEST_TYPES).sort());
    const rating = { schemaVersion: 1, comune: 'esempio', variant: 'service', page: 'https://www.comune.esempio.it/cie', stars: 4, locale: 'it' };
    for (const request of REQUEST_KINDS) expect(ratingSchema.safeParse({ ...rating, request }).success, request).to.equal(true);
    expect(ratingSchema.safeParse({ ...rating, request: 'contact-update' }).success, 'the payload’s name is not the key').to.equal(false);
  });
});
