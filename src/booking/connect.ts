// The booking system the settings name, behind the one interface (booking-system.ts).
import type { BookingSystemSettings } from '../settings/schema.js';
import type { BookingSystem } from './booking-system.js';
import { dciTheme } from './dci-theme.js';
import { receiverBooking } from './receiver.js';
import { redturtle } from './redturtle.js';

export function connect(system: BookingSystemSettings): BookingSystem {
  switch (system.type) {
    case 'redturtle':
      return redturtle(system);
    case 'dci-theme':
      return dciTheme(system);
    case 'receiver':
      return receiverBooking(system);
  }
}

export * from './booking-system.js';
export * from './calendar-file.js';
