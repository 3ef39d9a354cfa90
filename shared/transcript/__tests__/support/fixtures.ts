import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The fixtures, written the way each app writes its transcript (see the test that reads each one). */
export const FIXTURES = {
  zoom: 'GMT20261124-140230_Recording.transcript.vtt',
  teams: 'Launch plan-20261124_150005-Meeting Recording.vtt',
  meet: 'Weekly sync - Transcript.txt',
} as const;

export function fixture(name: keyof typeof FIXTURES): { fileName: string; content: string } {
  const fileName = FIXTURES[name];
  return { fileName, content: readFileSync(join(import.meta.dirname, '..', 'fixtures', fileName), 'utf8') };
}
