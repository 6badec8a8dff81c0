// Every element, by its tag: the one list the build's entries (and so the CDN loader's
// map), the reserved space, the configurator and the tests derive from. A table keyed by
// tag says `satisfies Record<ElementTag, …>`, so a new element fails to compile until each
// has its row. An element's module is components/<tag without "cie-">/index.ts.
// (In the order the build has always listed them: the chunks' hashes stay the same.)
import type { RequestKind } from './requests/kinds.js';

export const ELEMENT_TAGS = ['cie-contacts-card', 'cie-appointment-link', 'cie-procedure-guide', 'cie-reprint-form', 'cie-contact-update-form'] as const;

export type ElementTag = (typeof ELEMENT_TAGS)[number];

/** The form each request is made with: the guide links the one on its page. */
export const REQUEST_FORMS = {
  reprint: 'cie-reprint-form',
  contactUpdate: 'cie-contact-update-form',
} as const satisfies Record<RequestKind, ElementTag>;

/** The module that defines the element. */
export const elementModule = (tag: ElementTag) => `components/${tag.slice('cie-'.length)}/index.ts`;
