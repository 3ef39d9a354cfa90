import type { HostCommandOf, HostCommandType, HostResults } from '../../shared/contract/contract';
import { aggregate, filterMeetings, trend } from '../../shared/report/history.query';
import { buildReport } from '../../shared/report/report.model';
import { suggest } from '../../shared/report/suggestions';
import { exportHistory } from './history/history.export';
import { importArchive } from './history/history.import';
import { annotate, meetingState } from './history/meeting.records';
import { openDeferred } from './history/open.deferred';
import type { Host } from './host';
import { HostError } from './host.error';

/** One handler per command: a missing one is a compile error. */
export type Handlers = {
  [T in HostCommandType]: (cmd: HostCommandOf<T>) => HostResults[T] | Promise<HostResults[T]>;
};

export function makeHandlers(host: Host): Handlers {
  const session = () => {
    if (!host.session) throw new HostError('notFound', 'no meeting is open');
    return host.session;
  };
  const dataChanged = <T>(result: T): T => {
    host.pushInfo();
    return result;
  };

  return {
    'meeting.create': (c) => ({ meetingId: host.createMeeting(c.plan) }),
    'meeting.command': (c) => {
      const rt = session();
      const d = rt.command(c.command);
      if (!d.ok) throw new HostError(d.error.code, d.error.message);
      return { events: d.events.length, seq: rt.journalLength - 1 };
    },
    'meeting.close': () => ({ meetingId: host.closeMeeting() }),
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
    'nudge.typeIntoChat': (c) => host.detection.typeIntoChat(c.key),
    'call.accept': (c) => host.detection.accept({ title: c.fallbackTitle, itemTitle: c.fallbackItem }),
    'call.dismiss': () => {
      host.detection.dismiss();
      return {};
    },
    'settings.update': (c) => {
      const settings = host.data.updateSettings(c.patch);
      host.detection.applySettings();
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
    'history.query': (c) => {
      const matched = filterMeetings(host.history.all(), c.filter);
      return {
        meetings: matched.slice(c.page * c.pageSize, (c.page + 1) * c.pageSize),
        total: matched.length,
        aggregate: aggregate(matched),
        trend: trend(matched, c.bucket, c.timeZone),
      };
    },
    'history.report': (c) => {
      const state = meetingState(host, c.meetingId);
      const report = buildReport(state, host.clock.now(), state.plan.rate);
      const context = {
        clientId: state.plan.clientId,
        title: state.plan.title,
        items: state.plan.items.map((i) => i.title),
        now: state.endedAt ?? host.clock.now(),
      };
      return {
        report,
        plan: state.plan,
        clientName: host.data.client(state.plan.clientId)?.name ?? null,
        notes: state.notes,
        followUps: state.followUps,
        suggestions: suggest(context, host.history.all()),
      };
    },
    'history.followUps': (c) => ({
      followUps: filterMeetings(host.history.all(), { clientId: c.clientId }).flatMap((m) =>
        m.followUps
          .filter((f) => !f.done)
          .map((f) => ({
            meetingId: m.id,
            meetingTitle: m.title,
            startedAt: m.startedAt,
            id: f.id,
            text: f.text,
          })),
      ),
    }),
    'history.deferred': (c) => openDeferred(host.history, c.clientId),
    'history.suggest': (c) => ({
      suggestions: suggest(
        { clientId: c.clientId, title: c.title, items: c.items, now: host.clock.now() },
        host.history.all(),
      ),
    }),
    'meeting.annotate': (c) => {
      const events = annotate(host, c.meetingId, c.command);
      host.pushSnapshot();
      return { events };
    },
    'history.export': (c) => exportHistory(host, c),
    'history.import': (c) => {
      const result = importArchive(host, c.content);
      host.pushInfo();
      return result;
    },
  };
}
