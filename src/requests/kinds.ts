// Every request a comune can configure, by its one name: its key in `settings.requests`,
// the name the code uses (`contactUpdate`). The same name, by rule, is the `type` its
// payload carries (`contact-update`, as the published contract and integrators' receivers
// spell it) and its form's tag (`cie-contact-update-form`): no table maps one to another.
// Tiny on purpose: the parts that only need the names (the guide's link to a form, the
// rating's schema, the receiver's routing) import this, not the declarations. A new request
// starts here; `satisfies` in ./registry.ts, the settings and the payload schema, and the
// check below that its form is an element, then fail to compile until it is declared
// everywhere it must be.
import type { ElementTag } from '../elements.js';

export const REQUEST_KINDS = ['reprint', 'contactUpdate'] as const;

/** A request's key in `settings.requests`. */
export type RequestKind = (typeof REQUEST_KINDS)[number];

/** `contactUpdate` → `contact-update`. */
type Kebab<S extends string> = S extends `${infer C}${infer Rest}` ? `${C extends Lowercase<C> ? C : `-${Lowercase<C>}`}${Kebab<Rest>}` : S;
/** A request's `type` in the payload. */
export type RequestType<K extends RequestKind = RequestKind> = Kebab<K>;
/** The tag of a request's form. */
export type RequestFormTag<K extends RequestKind = RequestKind> = `cie-${RequestType<K>}-form`;

/** The `type` a request's payload carries. */
export const typeOf = <K extends RequestKind>(kind: K) => kind.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`) as RequestType<K>;

/** The request a payload's `type` names. */
export const kindOfType = (type: RequestType) => type.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()) as RequestKind;

/** The form a request is made with: the guide links to the one on its page. */
export const formOf = <K extends RequestKind>(kind: K) => `cie-${typeOf(kind)}-form` as RequestFormTag<K>;

/** The id the configurator's snippet gives each form, for the guide's link (any id will do). */
export const REQUEST_FORM_IDS = {
  reprint: 'richiesta-ristampa',
  contactUpdate: 'richiesta-contatti',
} as const satisfies Record<RequestKind, string>;

/** Each request's form is an element of src/elements.ts. */
export type FormsAreElements = [RequestFormTag] extends [ElementTag] ? true : never;
const _formsAreElements: FormsAreElements = true;
void _formsAreElements;
