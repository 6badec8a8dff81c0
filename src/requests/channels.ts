// What each way of reaching the comune means for the citizen, decided here and nowhere
// else. The settings schema lists the channels; `channelRole` gives each one its meaning
// with an exhaustive switch, so a sixth channel is a compile error until it has one.
import type { Channel, RequestService, Settings } from '../settings/schema.js';
import type { RequestKind } from './kinds.js';

export type ChannelType = Channel['type'];

/** What the request form does once the citizen has filled it in. */
export type FormAction =
  /** endpoint: the form sends the request; the citizen gets a receipt. */
  | 'send'
  /** email: a message the citizen sends from their own mail, with the card attached. */
  | 'prepare-email'
  /** appointment, walk-in where the comune wants it: a summary the citizen brings to the counter. */
  | 'prepare-summary'
  /** walk-in without a summary: nothing to fill in; the form says where, when and what to bring. */
  | 'visit-counter'
  /** portal: the comune's own online service takes the request; the form is not filled here. */
  | 'open-portal';

/** How the comune sees the card, when the request needs it. */
export type CardProof = 'upload' | 'email-attachment' | 'shown-at-counter' | 'on-portal';

/** Where the service is accessed, as AgID's service page names it (`service-*-access`). */
export type ServiceAccess = 'online' | 'booking' | 'generic';

export interface ChannelRole {
  action: FormAction;
  card: CardProof;
  access: ServiceAccess;
}

/** Fails to compile when a closed set gains a member its switch does not handle. */
export function unreachable(value: never): never {
  throw new Error(`unhandled case: ${JSON.stringify(value)}`);
}

export function channelRole(channel: Channel): ChannelRole {
  switch (channel.type) {
    case 'endpoint':
      return { action: 'send', card: 'upload', access: 'online' };
    case 'email':
      return { action: 'prepare-email', card: 'email-attachment', access: 'online' };
    case 'appointment':
      return { action: 'prepare-summary', card: 'shown-at-counter', access: 'booking' };
    case 'walk-in':
      return { action: channel.summaryWanted ? 'prepare-summary' : 'visit-counter', card: 'shown-at-counter', access: 'generic' };
    case 'portal':
      return { action: 'open-portal', card: 'on-portal', access: 'online' };
    default:
      return unreachable(channel);
  }
}


/**
 * Whether the comune must see the card for this request: where its settings say; left
 * out, a reprint yes (the codes belong to that card), a contact update no.
 */
export function needsCard(request: RequestKind, service: RequestService): boolean {
  return service.cardCopyRequired ?? request === 'reprint';
}

/** How this request shows the card to the comune, or `none` when it does not need it. */
export function cardProof(request: RequestKind, service: RequestService): CardProof | 'none' {
  return needsCard(request, service) ? channelRole(service.channel).card : 'none';
}

/** Whether the request asks a mobile number: a contact update always (it registers one), a reprint where the comune's module asks it. */
export function asksMobile(settings: Settings, request: RequestKind): boolean {
  return request === 'contactUpdate' || settings.requests.reprint.asks?.mobile === true;
}
