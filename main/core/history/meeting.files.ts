import { join } from 'node:path';

import { isSafeId, SAFE_ID } from '../../../shared/ids/safe.id';

/** Meeting ids become file names: only these characters, so an id can never walk out of the folder. */
export const MEETING_ID = SAFE_ID;

export function meetingsDir(dataDir: string): string {
  return join(dataDir, 'meetings');
}

export function journalPath(dataDir: string, meetingId: string): string {
  if (!isSafeId(meetingId)) throw new Error(`not a meeting id: ${JSON.stringify(meetingId)}`);
  return join(meetingsDir(dataDir), `${meetingId}.jsonl`);
}
