// Every request a comune can configure: its key in `settings.requests` (the one name the
// code uses) and the `type` its payload carries (the name in the published contract, kept
// as integrators' receivers read it). Tiny on purpose: the loader-free parts that only
// need the names (the rating's schema, the receiver's routing) import this, not the
// declarations. A new request starts here; `satisfies` in ./registry.ts, the settings and
// the payload schema then fail to compile until it is declared everywhere it must be.
export const REQUEST_TYPES = {
  reprint: 'reprint',
  contactUpdate: 'contact-update',
} as const;

/** A request's key in `settings.requests`. */
export type RequestKind = keyof typeof REQUEST_TYPES;
/** A request's `type` in the payload. */
export type RequestType = (typeof REQUEST_TYPES)[RequestKind];

export const REQUEST_KINDS = Object.keys(REQUEST_TYPES) as [RequestKind, ...RequestKind[]];

/** The request a payload's `type` names. */
export function kindOfType(type: RequestType): RequestKind {
  return REQUEST_KINDS.find((kind) => REQUEST_TYPES[kind] === type) as RequestKind;
}
