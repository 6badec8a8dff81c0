// The one definition of a comune's settings. Types are inferred from it and the JSON
// Schema published for editors (dist/settings.schema.json) is generated from it.
import { z } from '../zod.js';
import {
  email,
  isoDate,
  localizedText,
  phoneNumber,
  webUrl,
} from './value-types.js';
import { MAX_LIST, SITUATIONS } from './lists.js';
import { codesHalf, comuneModule, openingSpan, reprintQuestions, requestService } from './request-settings.js';

export const SETTINGS_VERSION = 1;

export { MAX_LIST, SITUATIONS, type Situation } from './lists.js';

const topicPhone = z.strictObject({
  /** What this line is for, e.g. "Carta d'identità". */
  topic: localizedText,
  number: phoneNumber,
  /** The number as the comune prints it, e.g. "0461 884291"; defaults to `number`. */
  display: z.optional(z.string()),
  /**
   * This line answers about the identity card: where the widgets send a citizen to a
   * phone (booking, help, a failed request) they show these only. Without any marked,
   * every phone is shown; the contacts card always lists them all.
   */
  forThisService: z.optional(z.boolean()),
});

const office = z.strictObject({
  name: localizedText,
  description: z.optional(localizedText),
  address: z.optional(
    z.strictObject({
      street: z.string().check(z.minLength(1)),
      /** Some comuni's pages give none: left out, the address is shown without it. */
      postalCode: z.optional(z.string().check(z.regex(/^\d{5}$/, 'must be a 5-digit CAP, like 38122'))),
      city: z.string().check(z.minLength(1)),
      province: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/, 'must be a 2-letter code, like TN'))),
      mapUrl: z.optional(webUrl),
    }),
  ),
  phones: z.optional(z.array(topicPhone).check(z.maxLength(MAX_LIST))),
  email: z.optional(email),
  pec: z.optional(email),
  website: z.optional(webUrl),
  /** Weekly hours in Europe/Rome time. National holidays are closed without being listed. */
  openingHours: z.optional(z.array(openingSpan).check(z.maxLength(MAX_LIST))),
  /** Extra closing days (bridges, local events), `YYYY-MM-DD`. */
  closedDates: z.optional(z.array(isoDate).check(z.maxLength(400))),
  /** The patron saint's day, `MM-DD`: a local holiday, offices closed. */
  patronDay: z.optional(z.string().check(z.regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a day like 06-26 (MM-DD)'))),
  hoursNote: z.optional(localizedText),
});

const facilitator = z
  .strictObject({
    name: z.optional(localizedText),
    phone: z.optional(phoneNumber),
    phoneDisplay: z.optional(z.string()),
    email: z.optional(email),
    url: z.optional(webUrl),
    byAppointment: z.optional(z.boolean()),
    note: z.optional(localizedText),
  })
  .check(
    z.refine((f) => Boolean(f.phone || f.email || f.url), {
      message: 'needs at least a phone, an email or a url',
    }),
  );

/** The booking system behind the counter, where the citizen can book on this page (src/booking/). */
const bookingSystem = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('redturtle'),
    /** The booking folder's address as the citizen's browser calls it, e.g. https://www.comune.esempio.it/++api++/prenotazioni/carta-identita */
    folder: webUrl,
    /** The folder's booking type for this service, as it is named there. */
    bookingType: z.string().check(z.minLength(1), z.maxLength(200)),
  }),
  z.strictObject({
    type: z.literal('dci-theme'),
    /** Where the theme's booking page reads free times (`?month=&office=`). */
    slotsUrl: webUrl,
    /** Where it saves a booking (`action=save_appuntamento`), e.g. https://www.comune.esempio.it/wp-admin/admin-ajax.php */
    saveUrl: webUrl,
    office: z.strictObject({ id: z.string().check(z.minLength(1)), name: z.string().check(z.minLength(1)) }),
    service: z.strictObject({ id: z.string().check(z.minLength(1)), name: z.string().check(z.minLength(1)) }),
  }),
  z.strictObject({
    type: z.literal('receiver'),
    /** The comune's booking address on the reference receiver, e.g. https://ricevitore.comune.esempio.it/comuni/esempio/booking */
    url: webUrl,
  }),
]);

const booking = z
  .strictObject({
    /** Book on the page itself, from the system the counter uses; the link, phone or instructions stay as the way round when it fails. */
    system: z.optional(bookingSystem),
    /** Online booking page. */
    url: z.optional(webUrl),
    /** Booking by phone. */
    phone: z.optional(phoneNumber),
    phoneDisplay: z.optional(z.string()),
    /** Which office or counter the appointment is at. */
    office: z.optional(localizedText),
    /** How to book when there is no link or phone (walk-in slots, a counter). */
    instructions: z.optional(localizedText),
    /** When the counter takes this service by appointment, where that is not the office's hours (Europe/Rome time). */
    hours: z.optional(z.array(openingSpan).check(z.maxLength(MAX_LIST))),
    whatToBring: z.optional(z.array(localizedText).check(z.maxLength(MAX_LIST))),
  })
  .check(
    z.refine((b) => Boolean(b.url || b.phone || b.instructions), {
      message: 'needs a url, a phone or instructions',
    }),
  );

export const settingsSchema = z.strictObject({
  $schema: z.optional(z.string()),
  schemaVersion: z.optional(z.literal(SETTINGS_VERSION)),
  /** Written by the configurator: these settings were checked (src/settings/seal.ts). */
  seal: z.optional(z.string()),
  /** Short id, e.g. "trento". */
  id: z.string().check(z.regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and dashes')),
  /** "Comune di Trento". */
  name: localizedText,
  website: z.optional(webUrl),
  office,
  facilitator: z.optional(facilitator),
  booking: z.optional(booking),
  requests: z.strictObject({
    reprint: z.extend(requestService, {
      asks: z.optional(reprintQuestions),
      /** Which codes the comune reprints on request: `puk` where its page names the PUK only (a new PIN is then set with it); left out, both. */
      codes: z.optional(z.enum(['pin-and-puk', 'puk'])),
      /** How and when each half of the codes arrives, where the comune's page says (the first at once at the counter, the second by email…). */
      codesDelivery: z.optional(z.strictObject({ firstHalf: z.optional(codesHalf), secondHalf: z.optional(codesHalf) })),
    }),
    /** Only where the page has the contact update form or the guide: a page with the reprint form alone does without. */
    contactUpdate: z.optional(requestService),
  }),
  cost: z.optional(
    z.strictObject({
      amountEur: z.number().check(z.gte(0)),
      note: z.optional(localizedText),
    }),
  ),
  eligibility: z.optional(
    z.strictObject({
      /** Most comuni take requests from anyone; some only from residents. */
      residentsOnly: z.optional(z.boolean()),
      /** Whether someone may apply on the holder's behalf with a delegation. */
      delegatesAccepted: z.optional(z.boolean()),
      /** What a delegate needs, in the comune's words (the signed delegation, a copy of the holder's document), and its module. */
      delegation: z.optional(
        z.strictObject({
          documents: z.optional(z.array(localizedText).check(z.maxLength(MAX_LIST))),
          module: z.optional(comuneModule),
        }),
      ),
      /** The comune's page says a minor's request is made by a parent or the guardian: said where the widgets say who applies. */
      minorsByParentOrGuardian: z.optional(z.boolean()),
    }),
  ),
  attachments: z.optional(
    z.strictObject({
      maxFileSizeMb: z.number().check(z.positive()),
    }),
  ),
  /**
   * The Ministry sends the second half of the codes by email, which a PEC cannot receive:
   * the national list of PEC providers is refused for every comune (src/national.ts);
   * `pecDomains` adds the comune's own, `pecNotAllowed: false` turns the rule off.
   */
  contactRules: z.optional(
    z.strictObject({
      pecNotAllowed: z.optional(z.boolean()),
      /** The comune's page says the email and mobile must be the holder's own, not used by others: said beside them. */
      personalOnly: z.optional(z.boolean()),
      pecDomains: z.optional(z.array(z.string().check(z.minLength(3))).check(z.maxLength(500))),
    }),
  ),
  /** The comune's own privacy notice page; the forms also show the notice's essentials in place. */
  privacyNoticeUrl: z.optional(webUrl),
  /** What the built-in privacy notice says beyond the law's defaults. */
  privacy: z.optional(
    z.strictObject({
      /** The data protection officer's email (RPD/DPO), as the comune publishes it. */
      dpoEmail: z.optional(email),
      /** How long the comune keeps the requests, in its words. */
      retention: z.optional(localizedText),
    }),
  ),
  /** National links and help line; each defaults to the Ministry's (src/national.ts) when left out. */
  national: z.optional(
    z.strictObject({
      recoverPukUrl: z.optional(webUrl),
      contactsPortalUrl: z.optional(webUrl),
      cieSiteUrl: z.optional(webUrl),
      cieIdAndroidUrl: z.optional(webUrl),
      cieIdIosUrl: z.optional(webUrl),
      helpPhone: z.optional(phoneNumber),
      helpPhoneDisplay: z.optional(z.string()),
      helpEmail: z.optional(email),
    }),
  ),
  /**
   * The procedure guide's national steps, replaced per situation where a comune words
   * them otherwise (one text per step, each a string or a per-locale map).
   */
  guideSteps: z.optional(z.partialRecord(z.enum(SITUATIONS), z.array(localizedText).check(z.minLength(1), z.maxLength(MAX_LIST)))),
  /**
   * Where citizens' ratings go: of the service card's page ("Quanto sono chiare le
   * informazioni su questa pagina?") and of a form once used ("Quanto è stato facile usare
   * questo servizio?"). Without it no rating is asked: there would be nowhere to keep it.
   */
  rating: z.optional(z.strictObject({ url: webUrl })),
  /** The service card's "A chi è rivolto", when the comune words it otherwise. */
  serviceCard: z.optional(
    z.strictObject({
      addressedTo: z.optional(localizedText),
      /** "Descrizione", when the comune words it otherwise. */
      description: z.optional(localizedText),
      /** "Procedure collegate all'esito": shown only when set. */
      relatedProcedures: z.optional(localizedText),
      /** "Vincoli": shown only when set. */
      constraints: z.optional(localizedText),
      /** "Documenti": the comune's modules and documents for this service. */
      documents: z.optional(z.array(z.strictObject({ title: localizedText, url: webUrl })).check(z.maxLength(MAX_LIST))),
      /** The comune's terms of service document, linked under "Condizioni di servizio" (AgID's `service-file`). */
      conditionsUrl: z.optional(webUrl),
      /** The header's "Descrizione breve" (with the `header` attribute), when the comune words it otherwise. */
      summary: z.optional(localizedText),
      /** The header's "Argomenti": the site's topic pages this service is listed under. */
      topics: z.optional(z.array(z.strictObject({ title: localizedText, url: z.optional(webUrl) })).check(z.maxLength(MAX_LIST))),
      /** Why the service is not active now: the header says "Servizio non attivo" and this. */
      inactiveReason: z.optional(localizedText),
    }),
  ),
});

/** Settings as written in a file (what editors write). */
export type SettingsInput = z.input<typeof settingsSchema>;
/** Settings after validation (what elements read). */
export type Settings = z.output<typeof settingsSchema>;
export type OfficeSettings = Settings['office'];
export type BookingSettings = NonNullable<Settings['booking']>;
export type BookingSystemSettings = NonNullable<BookingSettings['system']>;
export type FacilitatorSettings = NonNullable<Settings['facilitator']>;
export type OpeningSpan = NonNullable<OfficeSettings['openingHours']>[number];
export type RequestService = NonNullable<Settings['requests']['contactUpdate']>;
export type ReprintQuestions = NonNullable<Settings['requests']['reprint']['asks']>;
export type Channel = RequestService['channel'];
export type TopicPhone = NonNullable<OfficeSettings['phones']>[number];
export type ComuneModule = NonNullable<RequestService['module']>;
export type WalkInChannel = Extract<Channel, { type: 'walk-in' }>;
