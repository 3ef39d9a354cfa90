import { readFile } from 'node:fs/promises';
import { createDAVClient } from 'tsdav';
import { NO_SKIPS, type CalendarRead } from '../../../shared/calendar/calendar.types';
import { CalendarReadError, readCalendar } from '../../../shared/calendar/ics.read';
import type { ErrorKey, ErrorParams } from '../../../shared/contract/error.catalog';

/** What to fetch and read: one calendar, for one window of time. Plain data, so it can cross to a worker thread. */
export interface SyncJob {
  source:
    | { kind: 'caldav'; serverUrl: string; username: string }
    | { kind: 'icsUrl' }
    | { kind: 'icsFile'; path: string };
  /** The CalDAV password, or the secret .ics address. */
  secret: string | null;
  from: number;
  to: number;
  me: string[];
  timeZone: string;
  /** Each request may take this long. */
  timeoutMs: number;
}

export type SyncJobResult =
  | { ok: true; read: CalendarRead }
  | { ok: false; error: { key: ErrorKey; params: ErrorParams }; detail: string };

/** A calendar larger than this is refused (a 10,000-event one is about 5 MB). */
export const MAX_CALENDAR_BYTES = 64 * 1024 * 1024;
export const MAX_CALENDAR_OBJECTS = 100_000;

/** A refusal on the way: its key and parameters, and what happened in English for the log. */
class SyncFailure extends Error {
  constructor(
    readonly key: ErrorKey,
    readonly params: ErrorParams,
    detail: string,
  ) {
    super(detail);
  }
}

const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

/** webcal:// is https:// by another name. */
export const fetchableUrl = (url: string) => url.trim().replace(/^webcal:/i, 'https:');

/**
 * fetch with a time limit, and refusals turned into what the user needs to hear: unreachable, wrong credentials,
 * not found, or an error status. The address is never part of a message (an .ics address is a secret).
 */
function guardedFetch(host: string, timeoutMs: number): typeof fetch {
  return async (input, init) => {
    let res: Response;
    try {
      res = await fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
    } catch (e) {
      const err = e as Error & { cause?: { code?: string } };
      if (err.name === 'TimeoutError' || err.name === 'AbortError')
        throw new SyncFailure(
          'calendarTimeout',
          { host, seconds: Math.round(timeoutMs / 1000) },
          'timed out',
        );
      throw new SyncFailure('calendarUnreachable', { host }, err.cause?.code ?? err.message);
    }
    if (res.status === 401 || res.status === 403)
      throw new SyncFailure('calendarAuthFailed', { host }, `HTTP ${res.status}`);
    if (res.status === 404) throw new SyncFailure('calendarNotFound', { url: host }, 'HTTP 404');
    if (res.status >= 400)
      throw new SyncFailure('calendarHttp', { host, status: res.status }, `HTTP ${res.status}`);
    return res;
  };
}

/** A response body as text, refused once it passes the size limit (before all of it has arrived). */
async function cappedText(res: Response): Promise<string> {
  const declared = Number(res.headers.get('content-length') ?? 0);
  const tooLarge = () => new SyncFailure('calendarTooLarge', { max: '64 MB' }, 'too large');
  if (declared > MAX_CALENDAR_BYTES) throw tooLarge();
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_CALENDAR_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function readText(text: string, job: SyncJob): CalendarRead {
  try {
    return readCalendar(text, { from: job.from, to: job.to, me: job.me, timeZone: job.timeZone });
  } catch (e) {
    const detail = (e as Error).message.slice(0, 200);
    throw new SyncFailure('icsMalformed', { detail }, detail);
  }
}

async function fetchIcs(url: string, job: SyncJob): Promise<CalendarRead> {
  const address = fetchableUrl(url);
  const res = await guardedFetch(hostOf(address), job.timeoutMs)(address, {
    headers: { Accept: 'text/calendar' },
  });
  return readText(await cappedText(res), job);
}

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Every calendar with events in a CalDAV account, for the window (the server filters by time). */
async function fetchCaldav(
  serverUrl: string,
  username: string,
  password: string,
  job: SyncJob,
): Promise<CalendarRead> {
  const host = hostOf(serverUrl);
  const guarded = guardedFetch(host, job.timeoutMs);
  let client: Awaited<ReturnType<typeof createDAVClient>>;
  try {
    client = await createDAVClient({
      serverUrl,
      credentials: { username, password },
      authMethod: 'Basic',
      defaultAccountType: 'caldav',
      fetch: guarded,
    });
  } catch (e) {
    if (e instanceof SyncFailure) throw e;
    // tsdav says "Invalid credentials" when discovery is refused without telling us how.
    if (/credential|401|unauthori/i.test((e as Error).message))
      throw new SyncFailure('calendarAuthFailed', { host }, (e as Error).message);
    throw new SyncFailure('calendarNotFound', { url: host }, (e as Error).message);
  }
  const calendars = (await client.fetchCalendars()).filter(
    (c) => !c.components || c.components.includes('VEVENT'),
  );
  if (calendars.length === 0) throw new SyncFailure('calendarNoCalendars', { host }, 'no calendars');
  const merged: CalendarRead = {
    name: null,
    events: 0,
    occurrences: [],
    series: [],
    skipped: { ...NO_SKIPS },
  };
  const names: string[] = [];
  let objects = 0;
  const me = [...job.me, ...(username.includes('@') ? [username.toLowerCase()] : [])];
  for (const cal of calendars) {
    const list = await client.fetchCalendarObjects({
      calendar: cal,
      timeRange: { start: iso(job.from), end: iso(job.to) },
    });
    objects += list.length;
    if (objects > MAX_CALENDAR_OBJECTS)
      throw new SyncFailure('calendarTooLarge', { max: MAX_CALENDAR_OBJECTS }, 'too many objects');
    if (typeof cal.displayName === 'string' && cal.displayName) names.push(cal.displayName);
    for (const obj of list) {
      if (typeof obj.data !== 'string' || !obj.data) continue;
      let read: CalendarRead;
      try {
        read = readCalendar(obj.data, { from: job.from, to: job.to, me, timeZone: job.timeZone });
      } catch (e) {
        // One broken event does not stop the rest of the calendar.
        if (!(e instanceof CalendarReadError)) throw e;
        merged.skipped.broken++;
        continue;
      }
      merged.events += read.events;
      merged.occurrences.push(...read.occurrences);
      merged.series.push(...read.series);
      for (const k of Object.keys(NO_SKIPS) as (keyof typeof NO_SKIPS)[])
        merged.skipped[k] += read.skipped[k];
    }
  }
  merged.name = names.join(', ') || null;
  merged.occurrences.sort((a, b) => a.start - b.start || a.key.localeCompare(b.key));
  return merged;
}

/**
 * Fetches and reads one calendar. Never throws: a failure is a result with a key the UI translates, and a detail
 * for the log (which never holds a password or a secret address).
 */
export async function runSyncJob(job: SyncJob): Promise<SyncJobResult> {
  try {
    const { source } = job;
    if (source.kind === 'icsFile')
      return { ok: true, read: readText(await readFile(source.path, 'utf8'), job) };
    if (!job.secret)
      return { ok: false, error: { key: 'calendarSecretMissing', params: {} }, detail: 'no secret' };
    if (source.kind === 'icsUrl') return { ok: true, read: await fetchIcs(job.secret, job) };
    return { ok: true, read: await fetchCaldav(source.serverUrl, source.username, job.secret, job) };
  } catch (e) {
    if (e instanceof SyncFailure)
      return { ok: false, error: { key: e.key, params: e.params }, detail: e.message };
    const detail = (e as Error).message.slice(0, 200);
    return { ok: false, error: { key: 'calendarSyncFailed', params: { detail } }, detail };
  }
}
