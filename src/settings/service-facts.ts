import { msg, str } from '@lit/localize';
import type { Locale } from './lists.js';
import type { OfficeSettings, Settings, TopicPhone } from './schema.js';
import { comuneText } from './comune-text.js';

type ServiceTime = NonNullable<Settings['requests']['reprint']['time']>;

/** The codes this comune reprints on request (`requests.reprint.codes`): `both` unless its page names the PUK only. */
export const reprintedCodes = (settings: Settings): 'puk' | 'both' => (settings.requests.reprint.codes === 'puk' ? 'puk' : 'both');

/** "entro 5 giorni lavorativi", "within 30 days", "48 Stunden". */
export function serviceTimeText(time: ServiceTime, locale: Locale): string {
  const { amount } = time;
  const text =
    amount === 0
      ? msg('Subito')
      : time.unit === 'hours'
      ? msg(str`${amount} ore`)
      : time.unit === 'days'
        ? msg(str`entro ${amount} giorni`)
        : msg(str`entro ${amount} giorni lavorativi`);
  const note = comuneText(time.note, locale);
  return note ? `${text} (${note})` : text;
}

/** "Gratuito", or the amount in euro in the reader's number format. */
export function costText(cost: Settings['cost'], locale: Locale): string | undefined {
  if (!cost) return undefined;
  const text =
    cost.amountEur === 0
      ? msg('Gratuito')
      : new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(cost.amountEur);
  const note = comuneText(cost.note, locale);
  return note ? `${text} (${note})` : text;
}

/** The phones that answer about the identity card (`forThisService`), or all when none is marked. */
export function servicePhones(office: Pick<OfficeSettings, 'phones'>): TopicPhone[] {
  const phones = office.phones ?? [];
  const marked = phones.filter((phone) => phone.forThisService);
  return marked.length ? marked : phones;
}

/** "Via Belenzani 20, 38122 Trento (TN)": the postal code and province where the settings give them. */
export function addressLine(address: NonNullable<OfficeSettings['address']>): string {
  const city = [address.postalCode, address.city].filter(Boolean).join(' ');
  return `${address.street}, ${city}${address.province ? ` (${address.province})` : ''}`;
}
