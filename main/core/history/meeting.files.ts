import { join } from 'node:path';

/** Meeting ids become file names: only these characters, so an id can never walk out of the folder. */
export const MEETING_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function meetingsDir(dataDir: string): string {
  return join(dataDir, 'meetings');
}

export function journalPath(dataDir: string, meetingId: string): string {
  if (!MEETING_ID.test(meetingId)) throw new Error(`not a meeting id: ${JSON.stringify(meetingId)}`);
  return join(meetingsDir(dataDir), `${meetingId}.jsonl`);
}
