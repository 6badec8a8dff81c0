import { expect } from '@open-wc/testing';
import type { OpeningSpan } from '../src/settings/schema.js';
import { easterSunday, isNationalHoliday } from '../src/time/holidays.js';
import { openingStatus, romeWallClock } from '../src/time/opening-hours.js';
import { expectedBy } from '../src/time/expected-date.js';

// Rome is UTC+1 in winter and UTC+2 in summer; the browser runs in Pacific/Auckland
// (see web-test-runner.config.mjs), so nothing here may lean on the device's zone.
const hours: OpeningSpan[] = [
  { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:30', closes: '12:30' },
  { days: ['tue', 'thu'], opens: '14:30', closes: '16:30' },
];
const closures = { closedDates: ['2026-12-24', '2026-08-10', '2026-08-11', '2026-08-12', '2026-08-13', '2026-08-14'], patronDay: '11-11' };
const at = (iso: string) => openingStatus(hours, closures, new Date(iso));

describe('opening hours (Europe/Rome)', () => {
  it('runs in a visitor time zone other than Rome', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('Pacific/Auckland');
  });

  it('reads Rome wall-clock time whatever the device zone', () => {
    // 11:15 UTC on Monday 23 Nov 2026 is 12:15 in Rome and already Tuesday in Auckland.
    expect(romeWallClock(new Date('2026-11-23T11:15:00Z'))).to.deep.equal({ date: '2026-11-23', weekday: 'mon', minutes: 735 });
    expect(new Date('2026-11-23T11:15:00Z').getDay()).to.equal(2);
  });

  it('is closed one minute before opening and open at the opening minute', () => {
    expect(at('2026-11-23T07:29:00Z')).to.deep.equal({ open: false, next: { daysAhead: 0, weekday: 'mon', opensAt: '08:30' } });
    expect(at('2026-11-23T07:30:00Z')).to.deep.equal({ open: true, closesAt: '12:30' });
  });

  it('is open one minute before closing and closed at the closing minute', () => {
    expect(at('2026-11-23T11:29:00Z')).to.deep.equal({ open: true, closesAt: '12:30' });
    expect(at('2026-11-23T11:30:00Z')).to.deep.equal({ open: false, next: { daysAhead: 1, weekday: 'tue', opensAt: '08:30' } });
  });

  it('between two spans on the same day, opens again today', () => {
    expect(at('2026-11-24T12:00:00Z')).to.deep.equal({ open: false, next: { daysAhead: 0, weekday: 'tue', opensAt: '14:30' } });
    expect(at('2026-11-24T13:30:00Z')).to.deep.equal({ open: true, closesAt: '16:30' });
  });

  it('over the weekend, opens on Monday', () => {
    expect(at('2026-11-27T15:00:00Z')).to.deep.equal({ open: false, next: { daysAhead: 3, weekday: 'mon', opensAt: '08:30' } });
  });

  it('follows summer time: 8:30 in Rome is 06:30 UTC after the last Sunday of March', () => {
    expect(at('2026-03-30T06:29:00Z').open).to.equal(false);
    expect(at('2026-03-30T06:30:00Z').open).to.equal(true);
    // Still winter time on Friday 27 March: 8:30 in Rome is 07:30 UTC.
    expect(at('2026-03-27T07:29:00Z').open).to.equal(false);
    expect(at('2026-03-27T07:30:00Z').open).to.equal(true);
  });

  it('skips national holidays, the patron saint and listed closures', () => {
    // Wed 23 Dec after hours: 24 is a listed closure, 25 and 26 national holidays → Monday 28.
    expect(at('2026-12-23T13:00:00Z')).to.deep.equal({ open: false, next: { daysAhead: 5, weekday: 'mon', opensAt: '08:30' } });
    // Wed 11 Nov 2026 is the patron's day.
    expect(at('2026-11-11T09:00:00Z')).to.deep.equal({ open: false, next: { daysAhead: 1, weekday: 'thu', opensAt: '08:30' } });
    // Easter Monday 2027 is 29 March.
    expect(at('2027-03-29T08:00:00Z')).to.deep.equal({ open: false, next: { daysAhead: 1, weekday: 'tue', opensAt: '08:30' } });
  });

  it('looks past a closure of more than a week', () => {
    // Fri 7 Aug after hours; 10–14 closed, 15 Ferragosto → Monday 17 August, 10 days ahead.
    expect(at('2026-08-07T12:00:00Z')).to.deep.equal({ open: false, next: { daysAhead: 10, weekday: 'mon', opensAt: '08:30' } });
  });

  it('says closed with no next opening when the office has no hours', () => {
    expect(openingStatus([], {}, new Date('2026-11-23T09:00:00Z'))).to.deep.equal({ open: false });
  });

  it('knows Easter and the national holidays', () => {
    expect([2025, 2026, 2027, 2038].map(easterSunday)).to.deep.equal(['04-20', '04-05', '03-28', '04-25']);
    expect(isNationalHoliday('2026-04-06')).to.equal(true); // Easter Monday 2026
    expect(isNationalHoliday('2026-06-02')).to.equal(true);
    expect(isNationalHoliday('2026-10-04')).to.equal(true);
    expect(isNationalHoliday('2025-10-04')).to.equal(false);
    expect(isNationalHoliday('2026-11-23')).to.equal(false);
  });
});

describe('the date a request is expected by (Rome’s calendar, from the server’s time of receipt)', () => {
  const trento = { patronDay: '06-26' };
  it('working days skip weekends, national holidays, the patron’s day and listed closures', () => {
    // Friday 4 December 2026: Monday 7, (Tuesday 8 is the Immacolata), 9, 10, 11, Monday 14.
    expect(expectedBy({ amount: 5, unit: 'working-days' }, new Date('2026-12-04T10:30:00Z'), trento)).to.equal('2026-12-14');
    expect(expectedBy({ amount: 5, unit: 'working-days' }, new Date('2026-12-04T10:30:00Z'), { closedDates: ['2026-12-09'] })).to.equal('2026-12-15');
    // Thursday 25 June 2026 in Trento: Friday 26 is San Vigilio, so Monday 29.
    expect(expectedBy({ amount: 1, unit: 'working-days' }, new Date('2026-06-25T08:00:00Z'), trento)).to.equal('2026-06-29');
  });

  it('calendar days and hours count from Rome’s day and moment, not the device’s', () => {
    expect(expectedBy({ amount: 30, unit: 'days' }, new Date('2026-12-04T10:30:00Z'), {})).to.equal('2027-01-03');
    // 23:30 UTC on the 4th is 00:30 on the 5th in Rome.
    expect(expectedBy({ amount: 0, unit: 'days' }, new Date('2026-12-04T23:30:00Z'), {})).to.equal('2026-12-05');
    expect(expectedBy({ amount: 48, unit: 'hours' }, new Date('2026-12-04T22:30:00Z'), {})).to.equal('2026-12-06');
  });
});
