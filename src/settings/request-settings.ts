// How each request reaches the comune, in a comune's settings: the channel, its module, the
// time and the questions its module asks. Part of ./schema.ts (the one definition of the
// settings), in a file of its own to keep each readable.
import { z } from '../zod.js';
import { clockTime, email, localizedText, webUrl, weekday } from './value-types.js';
import { MAX_LIST } from './lists.js';

/** Days and times a counter is open (Europe/Rome). */
export const openingSpan = z
  .strictObject({
    days: z.array(weekday).check(z.minLength(1), z.maxLength(7)),
    opens: clockTime,
    closes: clockTime,
  })
  .check(
    z.refine((span) => span.opens < span.closes, {
      message: 'must close after it opens',
      path: ['closes'],
    }),
  );

const serviceTime = z.strictObject({
  /** 0: at once ("subito"), e.g. at a counter that hands the codes over. */
  amount: z.number().check(z.int('must be a whole number'), z.gte(0, 'must be 0 (at once) or more')),
  unit: z.enum(['hours', 'days', 'working-days']),
  note: z.optional(localizedText),
});

/**
 * A header name a browser will send: an HTTP token, not one browsers forbid a page to set
 * (`Cookie`, `Host`, `Sec-…`), not one the widgets set themselves.
 */
const FORBIDDEN_HEADERS =
  /^(accept|accept-charset|accept-encoding|access-control-request-headers|access-control-request-method|connection|content-length|content-type|cookie|cookie2|date|dnt|expect|host|idempotency-key|keep-alive|origin|referer|set-cookie|te|trailer|transfer-encoding|upgrade|via|(proxy|sec)-.*)$/i;
const headerName = z.string().check(
  z.regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, 'must be a header name: letters, digits and - only, no spaces'),
  z.refine((name) => !FORBIDDEN_HEADERS.test(name), 'is a header the browser or the widgets set themselves'),
);

const headerValue = z.union([
  z.string().check(z.regex(/^[^\r\n\0]*$/, 'must be on one line'), z.maxLength(4000)),
  /** Read at submission from `<meta name="…" content="…">`, e.g. a CMS's CSRF token. */
  z.strictObject({ fromMeta: z.string().check(z.minLength(1)) }),
]);

/** How one kind of request reaches the comune. */
const channel = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('endpoint'),
    url: webUrl,
    headers: z.optional(
      z.record(headerName, headerValue).check(z.refine((headers) => Object.keys(headers).length <= 20, 'must have at most 20 headers')),
    ),
    /** How long an attempt may go with nothing moving (no byte sent, no answer) before it is tried again; 30 by default. */
    timeoutSeconds: z.optional(z.number().check(z.positive(), z.lte(600))),
  }),
  z.strictObject({ type: z.literal('email'), to: email }),
  z.strictObject({ type: z.literal('appointment') }),
  z.strictObject({
    type: z.literal('walk-in'),
    /** How the citizen is received, in the comune's words: "take a ticket at the information desk". */
    instructions: localizedText,
    /** When the counter takes this service, where that is not the office's hours (Europe/Rome time). */
    hours: z.optional(z.array(openingSpan).check(z.maxLength(MAX_LIST))),
    /** How many of these requests the counter takes a day. */
    dailyQuota: z.optional(z.number().check(z.int(), z.positive())),
    /** What to bring, in the comune's words (a valid identity document…): the whole list, nothing added. */
    whatToBring: z.optional(z.array(localizedText).check(z.minLength(1), z.maxLength(MAX_LIST))),
    /**
     * Whether the comune wants the form's printed summary. Left out, there is nothing to fill
     * in: the form shows where, when and what to bring.
     */
    summaryWanted: z.optional(z.boolean()),
  }),
  z.strictObject({ type: z.literal('portal'), url: webUrl }),
]);

/** A module of the comune's, named as its site names it; linked only where the comune gives its address. */
export const comuneModule = z.strictObject({
  /** Its title on the comune's site, e.g. "Demografici _ carta identità elettronica - richiesta ristampa codici Pin e Puk". */
  title: localizedText,
  url: z.optional(webUrl),
  /** Where it is when there is no link, e.g. "nella sezione Modulistica anagrafe del sito comunale". */
  where: z.optional(localizedText),
});

export const requestService = z.strictObject({
  channel,
  /** The comune's module for this request, by its title, with its address or where it is. */
  module: z.optional(comuneModule),
  /** The comune's printable module, when it has one: a link named "the comune's module" (`module` names it). */
  moduleUrl: z.optional(webUrl),
  /** The page holding the online request, when it is not on the page the guide is on. */
  onlineFormUrl: z.optional(webUrl),
  /** At the counter: the comune takes the printed summary in place of its own module. */
  summaryAccepted: z.optional(z.boolean()),
  /** What the citizen gets and how, in the comune's words ("the first part at the office, the second by email"). */
  outcome: z.optional(localizedText),
  time: z.optional(serviceTime),
  /** What to do when nothing has arrived in that time, in the comune's words. */
  ifNothingArrives: z.optional(localizedText),
  /**
   * Whether a copy of the card's front and back goes with the request (online, attached
   * to the email, shown at the counter). Left out: a reprint yes, a contact update no.
   */
  cardCopyRequired: z.optional(z.boolean()),
});

/** How one half of the codes reaches the citizen, and when. */
export const codesHalf = z.strictObject({
  /** `counter`: handed over at the counter; `email`: sent to the email given in the request. */
  by: z.enum(['counter', 'email']),
  /** When it arrives; left out, not said. */
  time: z.optional(serviceTime),
});

/**
 * What the comune's reprint module asks beyond the essentials (who applies, the holder,
 * the card's number, which codes, the email): each question only where the comune asks it.
 */
export const reprintQuestions = z.strictObject({
  /** The holder's date and place of birth. */
  birthDateAndPlace: z.optional(z.boolean()),
  /** A mobile number beside the email. */
  mobile: z.optional(z.boolean()),
  /** A declaration that the codes were lost, under DPR 445/2000. */
  lossDeclaration: z.optional(z.boolean()),
});
