import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { installSafetyNet, UNEXPECTED_EXIT } from '../safety.net';

describe('the process-wide safety net', () => {
  it('reports an error nothing caught and a rejection nothing handled, and the process goes on', () => {
    const events = new EventEmitter();
    const report = vi.fn();
    const exit = vi.fn();
    const remove = installSafetyNet(events, { report, strict: false, exit });
    events.emit('uncaughtException', new Error('boom'));
    events.emit('unhandledRejection', 'a string, not an Error');
    expect(report.mock.calls.map((c) => c[0])).toEqual([
      'an unexpected error was caught and Tactful kept running: boom',
      'an unexpected rejection was caught and Tactful kept running: a string, not an Error',
    ]);
    expect(exit).not.toHaveBeenCalled();
    remove();
    expect(events.listenerCount('uncaughtException') + events.listenerCount('unhandledRejection')).toBe(0);
  });

  it('ends the process after reporting when strict (tests), even when the report itself fails', () => {
    const events = new EventEmitter();
    const exit = vi.fn();
    installSafetyNet(events, {
      report: () => {
        throw new Error('the report failed too');
      },
      strict: true,
      exit,
    });
    expect(() => events.emit('uncaughtException', new Error('boom'))).toThrow('the report failed too');
    expect(exit).toHaveBeenCalledWith(UNEXPECTED_EXIT);
  });
});
