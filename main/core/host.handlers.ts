import type { HostCommandOf, HostCommandType, HostResults } from '../../shared/contract/contract';
import { buildReport } from '../../shared/report/report.model';
import { replay } from '../../shared/session/session.replay';
import { journalPath } from './history/meeting.files';
import type { Host } from './host';
import { HostError } from './host.error';
import { readJournal } from './journal/journal';

/** One handler per command: a missing one is a compile error. */
export type Handlers = { [T in HostCommandType]: (cmd: HostCommandOf<T>) => HostResults[T] };

export function makeHandlers(host: Host): Handlers {
  const session = () => {
    if (!host.session) throw new HostError('notFound', 'no meeting is open');
    return host.session;
  };
  const dataChanged = <T>(result: T): T => {
    host.pushData();
    return result;
  };

  return {
    'session.create': (c) => ({ meetingId: host.createSession(c.plan) }),
    'session.command': (c) => {
      const rt = session();
      const d = rt.command(c.command);
      if (!d.ok) throw new HostError(d.error.code, d.error.message);
      return { events: d.events.length, seq: rt.journalLength - 1 };
    },
    'session.close': () => ({ meetingId: host.closeSession() }),
    'nudge.anotherLine': (c) => {
      const rt = session();
      const n = rt.state.nudges.find(
        (x) => x.key === c.key && x.dismissedAt === null && x.supersededAt === null,
      );
      if (!n) throw new HostError('notFound', `no open nudge "${c.key}"`);
      // Avoid every line this nudge has shown; the picker falls back to "not the last one" when that is all.
      const lineId = host.pickLineId(rt.state, n.trigger, n.situation, n.tier, n.lineIds);
      if (lineId === null) throw new HostError('notFound', 'there is no other line for this moment');
      const d = rt.command({ type: 'changeLine', key: c.key, lineId });
      if (!d.ok) throw new HostError(d.error.code, d.error.message);
      return { lineId };
    },
    'settings.update': (c) => {
      const settings = host.data.updateSettings(c.patch);
      // New thresholds move nudge due times.
      host.session?.arm();
      host.pushSnapshot();
      return dataChanged({ settings });
    },
    'clients.save': (c) => dataChanged({ client: host.data.saveClient(c.client) }),
    'clients.remove': (c) => {
      const inHistory =
        host.history.all().some((m) => m.clientId === c.id) || host.session?.state.plan.clientId === c.id;
      return dataChanged(host.data.removeClient(c.id, inHistory));
    },
    'templates.save': (c) => dataChanged({ template: host.data.saveTemplate(c.template) }),
    'templates.remove': (c) => dataChanged({ removed: host.data.removeTemplate(c.id) }),
    'phrases.edit': (c) => {
      host.data.editPhrase(c.id, c.text);
      host.pushSnapshot();
      return dataChanged({ id: c.id });
    },
    'phrases.add': (c) => {
      host.data.addPhrase(c.line);
      return dataChanged({ id: c.line.id });
    },
    'phrases.remove': (c) => {
      host.data.removePhrase(c.id);
      host.pushSnapshot();
      return dataChanged({ id: c.id });
    },
    'phrases.restore': (c) => {
      const restored = host.data.restorePhrases(c.ids);
      host.pushSnapshot();
      return dataChanged({ restored });
    },
    // Meetings planned but never started are not history.
    'history.list': () => ({ meetings: host.history.all().filter((m) => m.status !== 'planned') }),
    'history.report': (c) => {
      const state =
        host.session?.id === c.meetingId
          ? host.session.state
          : (() => {
              if (!host.history.get(c.meetingId))
                throw new HostError('notFound', `no meeting "${c.meetingId}" in history`);
              return replay(readJournal(journalPath(host.dataDir, c.meetingId)).events);
            })();
      return { report: buildReport(state, host.clock.now(), state.plan.rate), plan: state.plan };
    },
  };
}
