// The events integrators listen to, typed and declared once. Bubbling and composed, so a
// listener on the page hears them from inside any shadow root.
import type { ChannelType } from '../../../src/requests/channels.js';
import type { RequestKind } from '../../../src/requests/kinds.js';
import type { CieRequest } from '../../../src/requests/schema.js';
import type { Failure } from './outcome.js';

export interface CieSubmitDetail {
  request: RequestKind;
  channel: ChannelType;
  /** The request as the endpoint receives it (dist/requests.schema.json). */
  payload: CieRequest;
}
export interface CieSubmittedDetail extends CieSubmitDetail {
  /** The comune's reference, when its endpoint gave one. */
  reference?: string;
}
export interface CieSubmitErrorDetail {
  request: RequestKind;
  kind: Failure['kind'];
  status?: number;
  /** The request went up whole, or the server failed while handling it: it may be at the comune. */
  maybeArrived?: true;
}

interface CieEvents {
  'cie-submit': CieSubmitDetail;
  'cie-submitted': CieSubmittedDetail;
  'cie-submit-error': CieSubmitErrorDetail;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cie-submit': CustomEvent<CieSubmitDetail>;
    'cie-submitted': CustomEvent<CieSubmittedDetail>;
    'cie-submit-error': CustomEvent<CieSubmitErrorDetail>;
  }
}

/** Dispatches an integrator event from `host`; false when a listener cancelled it (`cie-submit` only is cancelable). */
export function emit<K extends keyof CieEvents>(host: HTMLElement, type: K, detail: CieEvents[K]): boolean {
  return host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: type === 'cie-submit' }));
}
