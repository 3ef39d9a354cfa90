// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { NO_CALENDARS } from '../../../shared/contract/calendar.contract';
import { DEFAULT_SETTINGS } from '../../../shared/settings/settings.schema';
import { ViewLinkDialog } from '../dashboard/meeting/RoomLinks';
import { initI18n } from '../i18n/i18n';
import { applyInfo } from '../store/store';
import { installFakeTransport } from './support/fake.transport';

beforeAll(() => initI18n('en'));

const info = (lan: boolean) =>
  act(() =>
    applyInfo({
      settings: { ...DEFAULT_SETTINGS, lan: { enabled: lan } },
      clients: [],
      templates: [],
      phrases: { edited: {}, added: [], removed: [] },
      problems: [],
      lanUrls: lan ? ['http://192.168.1.20:4848/pair?code=AAAA2222'] : [],
      calendar: NO_CALENDARS,
      version: '0.2.0',
      detector: { available: false, status: 'off', reason: null, calls: [], prompt: null },
    }),
  );

describe('the view-only link dialog (in the app)', () => {
  // jsdom has no showModal, so the dialog stays closed to the accessibility tree: `hidden` reaches inside it.
  it('asks for remote control first, then makes a one-time view-only link for the network', async () => {
    const { sent } = installFakeTransport((cmd) =>
      cmd.type === 'devices.pair'
        ? {
            code: 'BBBB3333',
            expiresAt: 0,
            urls: ['http://127.0.0.1:4848/pair?code=BBBB3333', 'http://192.168.1.20:4848/pair?code=BBBB3333'],
          }
        : { settings: DEFAULT_SETTINGS },
    );
    info(false);
    const { rerender } = render(<ViewLinkDialog open onClose={() => undefined} />);
    await userEvent.click(screen.getByRole('button', { name: 'Turn on remote control', hidden: true }));
    expect(sent.at(-1)).toEqual({ type: 'settings.update', patch: { lan: { enabled: true } } });
    info(true);
    rerender(<ViewLinkDialog open onClose={() => undefined} />);
    await userEvent.click(screen.getByRole('button', { name: 'Make a link', hidden: true }));
    expect(sent.at(-1)).toEqual({ type: 'devices.pair', kind: 'view' });
    expect((await screen.findByTestId('room-link')).textContent).toBe(
      'http://192.168.1.20:4848/pair?code=BBBB3333',
    );
    expect(
      await screen.findByRole('img', { name: 'QR code of the view-only link', hidden: true }),
    ).toBeTruthy();
  });
});
