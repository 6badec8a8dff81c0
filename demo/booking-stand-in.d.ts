// Types for demo/booking-stand-in.js (plain JavaScript, so the test server's Node runs it too).
export interface StandInRequest {
  method: string;
  /** The path after the system's address, e.g. `@available-slots`. */
  path: string;
  query: Record<string, string>;
  body: string;
}

export interface StandInAnswer {
  status: number;
  body?: unknown;
}

export function bookingStandIn(system: 'redturtle' | 'dci-theme'): { handle(request: StandInRequest): StandInAnswer | undefined };
