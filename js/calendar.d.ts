import type { CalendarInfo } from './zhengwu.js';
/** What `fetchCalendar` resolves with. */
export interface FetchedCalendar {
  /** The years loaded, in order (empty when the next year is not published yet). */
  added: number[];
  /** `calendarInfo()` after loading. */
  info: CalendarInfo;
}
/** The coded Error `fetchCalendar` rejects with. */
export interface CalendarFetchError extends Error {
  /** `CALENDAR_UNAVAILABLE`: network failure or an HTTP status other than 200 and 404;
   *  `INVALID_CALENDAR`: not JSON, an HTML page, the wrong year, or data `loadCalendar` refuses. */
  code: "CALENDAR_UNAVAILABLE" | "INVALID_CALENDAR";
  field: string | null;
  /** Chinese, naming the URL and the HTTP status. */
  message: string;
  messageEn: string;
  url?: string;
  status?: number | null;
}
/**
 * Fetches and loads the calendars of the years after the covered range (`calendarInfo().last`),
 * in order: `calendar/<year>.json` beside the module, or in the folder `options.base`, or at
 * `options.url(year)`. A 404 for a year means its notice is not published yet: the promise
 * resolves with the years added so far. Call after `init()`. Rejects with a
 * `CalendarFetchError`.
 */
export function fetchCalendar(options?: { base?: string | URL; url?: (year: number) => string | URL }): Promise<FetchedCalendar>;
