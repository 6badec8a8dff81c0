// Every element, by its tag: the one list the build's entries (and so the CDN loader's
// map), the reserved space, the configurator and the tests derive from; and each fact an
// element has that is not code, one table a fact, here. A table keyed by tag says
// `satisfies Record<ElementTag, …>`, so a new element fails to compile until each has its
// row. (A page carries only the tables its code reads: the loader the reserved space, the
// configurator the names. Each request's form is in ./requests/kinds.ts, with its other
// names.) An element's module is components/<tag without "cie-">/index.ts.
// (In the order the build has always listed them: the chunks' hashes stay the same.)

export const ELEMENT_TAGS = ['cie-contacts-card', 'cie-appointment-link', 'cie-procedure-guide', 'cie-reprint-form', 'cie-contact-update-form'] as const;

export type ElementTag = (typeof ELEMENT_TAGS)[number];

/** The module that defines the element. */
export const elementModule = (tag: ElementTag) => `components/${tag.slice('cie-'.length)}/index.ts`;

/** The elements as the configurator names them for an editor, in the order a service page has them. */
export const EDITOR_NAMES = {
  'cie-procedure-guide': 'Guida alla procedura',
  'cie-reprint-form': 'Modulo di ristampa di PIN e PUK',
  'cie-contact-update-form': 'Modulo di aggiornamento dei contatti',
  'cie-contacts-card': 'Contatti dell’ufficio',
  'cie-appointment-link': 'Prenotazione dell’appuntamento',
} as const satisfies Record<ElementTag, string>;

/**
 * The space each element keeps while it loads (src/reserved-space.ts says why and how it
 * was measured): tag → [height on a phone, height from 48rem up], in rem.
 */
export const RESERVED_SPACE = {
  'cie-procedure-guide': [30, 25.5],
  'cie-reprint-form': [157, 134],
  'cie-contact-update-form': [128.5, 105],
  'cie-contacts-card': [18.5, 15],
  'cie-appointment-link': [21.5, 13],
} as const satisfies Record<ElementTag, readonly [number, number]>;
