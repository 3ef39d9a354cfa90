import type { HostCommandOf, HostCommandType, HostResults } from '../../shared/contract/contract';
import { isOpenNudge } from '../../shared/meeting/meeting.facts';
import type { CalendarHandlers } from './calendar/calendar.handlers';
import type { HostDetection } from './detect/host.detection';
import type { DeviceRegistry } from './devices/device.registry';
import { HostError } from './host.error';
import type { NudgeLines } from './lines/nudge.lines';
import type { CurrentMeeting } from './meeting/current.meeting';
import { exportHistory } from './records/history.export';
import { importArchive } from './records/history.import';
import type { MeetingRecords } from './records/meeting.records';
import type { MeetingTranscripts } from './records/meeting.transcripts';
import type { OffThread } from './records/off.thread';
import type { SettingsStore } from './store/settings.store';

/** One handler per command: a missing one is a compile error. */
export type Handlers = {
  [T in HostCommandType]: (cmd: HostCommandOf<T>) => HostResults[T] | Promise<HostResults[T]>;
};

export interface HandlerDeps {
  dataDir: string;
  now(): number;
  meeting: CurrentMeeting;
  records: MeetingRecords;
  transcripts: MeetingTranscripts;
  lines: NudgeLines;
  settings: SettingsStore;
  detection: HostDetection;
  devices: DeviceRegistry;
  offThread: OffThread;
  problem(message: string): void;
  /** The links that carry this pairing code. */
  pairingUrls(code: string): string[];
  /** The calendar and week commands (calendar/calendar.handlers.ts). */
  calendar: CalendarHandlers;
}

/**
 * What each command does, in terms of the services. Changes to the meeting reach clients through its 'changed'
 * event; changes to settings, clients, templates and lines through the store's, so no handler pushes by hand.
 */
export function makeHandlers(d: HandlerDeps): Handlers {
  const { meeting, records, transcripts, lines, settings, detection, devices } = d;
  // One import at a time: a second waits for the first (each checks what is already here when it writes).
  let importing: Promise<unknown> = Promise.resolve();
  return {
    'meeting.create': (c) => ({ meetingId: meeting.create(c.plan, c.start, c.decideKind) }),
    'meeting.command': (c) => {
      const dec = meeting.command(c.command);
      if (!dec.ok) throw HostError.from(dec.error);
      return { events: dec.events.length, seq: meeting.seq - 1 };
    },
    'meeting.close': () => ({ meetingId: meeting.close() }),
    'nudge.anotherLine': (c) => {
      const s = meeting.requireOpen().state;
      const n = s.nudges.find((x) => x.key === c.key && isOpenNudge(x));
      if (!n) throw new HostError('notFound', 'noOpenNudge');
      // Avoid every line this nudge has shown; the picker falls back to "not the last one" when that is all.
      const lineId = lines.pick(s, n, n.lineIds);
      if (lineId === null) throw new HostError('notFound', 'noOtherLine');
      const dec = meeting.command({ type: 'changeLine', key: c.key, lineId });
      if (!dec.ok) throw HostError.from(dec.error);
      return { lineId };
    },
    'nudge.typeIntoChat': (c) => detection.typeIntoChat(c.key),
    'call.accept': (c) => detection.accept({ title: c.fallbackTitle, itemTitle: c.fallbackItem }),
    'call.dismiss': () => {
      detection.dismiss();
      return {};
    },
    'settings.update': (c) => ({ settings: settings.updateSettings(c.patch) }),
    'clients.save': (c) => ({ client: settings.saveClient(c.client) }),
    'clients.remove': (c) => settings.removeClient(c.id, records.hasClient(c.id)),
    'templates.save': (c) => ({ template: settings.saveTemplate(c.template) }),
    'templates.remove': (c) => ({ removed: settings.removeTemplate(c.id) }),
    'phrases.edit': (c) => {
      settings.editPhrase(c.id, c.text);
      return { id: c.id };
    },
    'phrases.add': (c) => {
      settings.addPhrase(c.line);
      return { id: c.line.id };
    },
    'phrases.remove': (c) => {
      settings.removePhrase(c.id);
      return { id: c.id };
    },
    'phrases.restore': (c) => ({ restored: settings.restorePhrases(c.ids) }),
    'history.query': (c) => records.query(c),
    'history.report': (c) => records.report(c.meetingId),
    'history.followUps': (c) => records.openFollowUps(c.clientId),
    'history.deferred': (c) => records.deferred(c.clientId),
    'history.suggest': (c) => records.suggest(c),
    'meeting.annotate': (c) => ({ events: records.annotate(c.meetingId, c.command) }),
    'history.export': (c) =>
      exportHistory({ records, settings: settings.settings(), clients: settings.clients(), now: d.now() }, c),
    'history.import': (c) => {
      const run = importing.then(() =>
        importArchive(
          {
            dataDir: d.dataDir,
            now: d.now(),
            history: records.history,
            openMeetingId: () => meeting.id,
            clients: () => settings.clients(),
            addClients: (list) => settings.addClients(list),
            offThread: d.offThread,
            problem: d.problem,
          },
          c.content,
        ),
      );
      importing = run.catch(() => undefined);
      return run;
    },
    'transcript.import': (c) => transcripts.import(c),
    'transcript.change': (c) => transcripts.change(c),
    'transcript.remove': (c) => transcripts.remove(c),
    'devices.list': () => ({ devices: devices.list() }),
    'devices.forget': (c) => ({ forgotten: devices.forget(c.id) }),
    'devices.pair': (c) => {
      const { code, expiresAt } = devices.pairingCode(c.kind);
      return { code, expiresAt, urls: d.pairingUrls(code) };
    },
    ...d.calendar,
  };
}
