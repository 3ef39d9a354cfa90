import { describe, expect, it } from 'vitest';
import { describeIssue } from '../../contract/contract.errors';
import { errorText } from '../../contract/error.catalog';
import { appRuleSchema, BUILTIN_APP_RULES, detectCalls, effectiveRules, matchTitle } from '../app.rules';
import { guessCall } from '../client.guess';
import { typingMethod } from '../typing.method';
import type { MeetingSummary } from '../../report/meeting.summary';

const app = (title: string) => matchTitle(BUILTIN_APP_RULES, title)?.id ?? null;

describe('recognising call windows', () => {
  it.each([
    ['Zoom Meeting', 'zoom'],
    ['Zoom Webinar', 'zoom'],
    ['Zoom Workplace', null],
    ['Zoom Cloud Meetings', null],
    ['Meet – abc-defg-hij - Google Chrome', 'meet'],
    ['Meet - xyz-abcd-efg — Mozilla Firefox', 'meet'],
    ['Google Meet - Google Chrome', null],
    ['Meeting with Anna Bianchi | Microsoft Teams', 'teams'],
    ['Call with Marco | Microsoft Teams', 'teams'],
    ['Chat | Microsoft Teams', null],
    ['Calendar | Microsoft Teams', null],
    ['Skype call with Ivan', 'skype'],
    ['Skype', null],
    ['Weekly sync - Webex meeting', 'webex'],
    ['Webex Meetings', null],
    ['Huddle: #design - Acme - Slack', 'slack-huddle'],
    ['#general - Acme - Slack', null],
    ['Voice Connected - Discord', 'discord'],
    ['#general | Friends - Discord', null],
    ['ProjectKickoff | Jitsi Meet', 'jitsi'],
    ['Quarterly notes - Editor', null],
    ['', null],
  ])('"%s" → %s', (title, id) => {
    expect(app(title)).toBe(id);
  });

  it('lists every call among the open windows, in their order, ignoring the rest', () => {
    const calls = detectCalls(BUILTIN_APP_RULES, [
      { id: '1', title: 'Inbox - Mail' },
      { id: '2', title: 'Zoom Meeting' },
      { id: '3', title: 'Meet – abc-defg-hij - Google Chrome' },
    ]);
    expect(calls.map((c) => [c.windowId, c.appName])).toEqual([
      ['2', 'Zoom'],
      ['3', 'Google Meet'],
    ]);
  });

  it('tries the user’s rules first, and lets them replace a built-in one by its id', () => {
    const own = appRuleSchema.parse({ id: 'zoom', name: 'Zoom (Italian)', title: '^Riunione Zoom' });
    const extra = appRuleSchema.parse({ id: 'whereby', name: 'Whereby', title: '\\| Whereby$' });
    const rules = effectiveRules([own, extra]);
    expect(matchTitle(rules, 'Riunione Zoom')?.name).toBe('Zoom (Italian)');
    expect(matchTitle(rules, 'Zoom Meeting')).toBeNull();
    expect(matchTitle(rules, 'Standup | Whereby')?.id).toBe('whereby');
    expect(rules.filter((r) => r.id === 'zoom')).toHaveLength(1);
  });

  it('refuses a rule with a broken pattern, saying so', () => {
    const r = appRuleSchema.safeParse({ id: 'x', name: 'X', title: '(unclosed' });
    expect(r.success).toBe(false);
    const { key, params } = describeIssue(r.error!.issues[0]!);
    expect(errorText(key, params)).toMatch(/not a valid pattern/);
    expect(appRuleSchema.safeParse({ id: 'Bad Id', name: 'X', title: 'x' }).success).toBe(false);
  });
});

describe('typing or pasting', () => {
  it('types plain unshifted ASCII on X11 and pastes the rest', () => {
    expect(typingMethod('shall we get back to the project, then', 'linux')).toBe('typed');
    expect(typingMethod('Shall we?', 'linux')).toBe('pasted');
    expect(typingMethod('Вернёмся к проекту', 'linux')).toBe('pasted');
  });

  it('types any Latin text on Windows and macOS, and pastes other scripts', () => {
    expect(typingMethod('Torniamo al progetto? Perché no — è tardi.', 'windows')).toBe('typed');
    expect(typingMethod('Mình quay lại dự án nhé?', 'mac')).toBe('typed');
    expect(typingMethod('Вернёмся к проекту?', 'windows')).toBe('pasted');
  });
});

const summary = (id: string, clientId: string | null, app: string | null, startedAt: number) =>
  ({ id, clientId, app, startedAt, status: 'ended' }) as MeetingSummary;

describe('guessing who a call is with', () => {
  const clients = [
    { id: 'anna', name: 'Anna' },
    { id: 'anna-b', name: 'Anna Bianchi' },
    { id: 'old', name: 'Ştefan Popescu', archived: true },
  ];
  const history = [
    summary('m1', 'anna-b', 'Zoom', 1000),
    summary('m2', 'anna', 'Zoom', 3000),
    summary('m3', 'anna', 'Skype', 2000),
  ];

  it('takes the longest client name found in the title, and that client’s latest meeting', () => {
    expect(guessCall('Zoom Meeting - Anna Bianchi', 'Zoom', clients, history)).toEqual({
      clientId: 'anna-b',
      basedOn: 'm1',
      source: 'title',
    });
  });

  it('otherwise the client of the last call in the same app', () => {
    expect(guessCall('Zoom Meeting', 'Zoom', clients, history)).toEqual({
      clientId: 'anna',
      basedOn: 'm2',
      source: 'lastInApp',
    });
    expect(guessCall('Skype call', 'Skype', clients, history).basedOn).toBe('m3');
  });

  it('ignores archived clients and guesses nothing without a reason', () => {
    expect(guessCall('Zoom Meeting – Stefan Popescu', 'Webex', clients, history)).toEqual({
      clientId: null,
      basedOn: null,
      source: 'none',
    });
  });
});
