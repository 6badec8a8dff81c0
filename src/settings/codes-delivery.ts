// How each half of the codes reaches the citizen, and when, where the comune's settings say
// (`requests.reprint.codesDelivery`): said in the guide, at the counter and on the receipt.
import { msg } from '@lit/localize';
import type { Settings } from './schema.js';
import { serviceTimeText } from './service-facts.js';
import type { Locale } from './value-types.js';

/** "Prima parte dei codici: allo sportello, subito.": how and when each half arrives, where the settings say. */
export function codesDeliveryLines(delivery: Settings['requests']['reprint']['codesDelivery'], locale: Locale): string[] {
  const line = (half: string, arrival: NonNullable<NonNullable<typeof delivery>['firstHalf']>) => {
    const how = arrival.by === 'counter' ? msg('allo sportello') : msg('per email');
    const when = arrival.time ? serviceTimeText(arrival.time, locale) : '';
    // "Subito", "Entro…" start a sentence on their own; here they follow a comma.
    return `${half}: ${how}${when ? `, ${when.charAt(0).toLocaleLowerCase(locale)}${when.slice(1)}` : ''}.`;
  };
  return [
    ...(delivery?.firstHalf ? [line(msg('Prima parte dei codici'), delivery.firstHalf)] : []),
    ...(delivery?.secondHalf ? [line(msg('Seconda parte dei codici'), delivery.secondHalf)] : []),
  ];
}
