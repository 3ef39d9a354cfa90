import { parentPort, workerData } from 'node:worker_threads';
import { readTranscript } from '../../../shared/transcript/transcript.read';

// Runs in a worker thread (see transcript.reader.ts): reads the one file it was given and answers.
const { content, fileName } = workerData as { content: string; fileName: string };
parentPort!.postMessage(await readTranscript(content, fileName));
