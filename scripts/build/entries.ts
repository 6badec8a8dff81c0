// The build's entry points: each element's module, and the receiver's for Node.
import { elementModule, ELEMENT_TAGS, type ElementTag } from '../../src/elements.ts';

/** tag → its module: one entry (and one file) per element in dist/elements/. */
export const ELEMENT_ENTRIES = Object.fromEntries(ELEMENT_TAGS.map((tag) => [tag, elementModule(tag)])) as Record<ElementTag, string>;

/** The reference receiver and the endpoint checker, for Node: the same request schemas as the forms, bundled; packages stay in node_modules. */
export const RECEIVER_ENTRIES = {
  main: 'receiver/main.ts',
  index: 'receiver/index.ts',
  'check-endpoint': 'receiver/check-endpoint.ts',
};
