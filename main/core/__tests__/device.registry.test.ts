import { describe, expect, it } from 'vitest';
import { FakeTime } from '../../../e2e/support/fake.time';
import { DeviceRegistry, deviceName, PAIRING_TTL_MS, TooManyDevices } from '../devices/device.registry';
import { MAX_DEVICES, storedDeviceSchema, type StoredDevice } from '../store/store.schema';

function registry() {
  let devices: StoredDevice[] = [];
  const time = new FakeTime();
  const r = new DeviceRegistry({
    store: { devices: () => devices, saveDevices: (d) => (devices = d) },
    now: () => time.wall(),
    timers: time,
  });
  return { r, time, devices: () => devices };
}

describe('pairing devices', () => {
  it('exchanges a code once, for a token only the device keeps (the host stores its hash)', () => {
    const { r, devices } = registry();
    const { code } = r.pairingCode('control');
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    const paired = r.redeem(code, 'Safari · iPhone')!;
    expect(paired.device).toMatchObject({ kind: 'control', name: 'Safari · iPhone', lastSeenAt: null });
    expect(r.redeem(code, 'again')).toBeNull();
    expect(r.authenticate(paired.token)).toMatchObject({ id: paired.device.id });
    expect(JSON.stringify(devices())).not.toContain(paired.token);
    // The next code is a new one.
    expect(r.pairingCode('control').code).not.toBe(code);
  });

  it('lets a code run out after ten minutes, and tells whoever shows it', () => {
    const { r, time } = registry();
    let changed = 0;
    r.on('changed', () => changed++);
    const { code } = r.pairingCode('view');
    time.advance(PAIRING_TTL_MS + 1);
    expect(changed).toBe(1);
    expect(r.redeem(code, 'late')).toBeNull();
  });

  it('stops taking codes for the rest of a minute after twenty wrong ones', () => {
    const { r } = registry();
    for (let i = 0; i < 20; i++) expect(r.redeem(`WRONG${i}`, 'x')).toBeNull();
    const { code } = r.pairingCode('control');
    expect(r.redeem(code, 'right, but too late')).toBeNull();
  });

  it('forgets a device: its token no longer works', () => {
    const { r } = registry();
    const { token, device } = r.add('view', 'Room screen');
    const forgotten: string[] = [];
    r.on('forgotten', (id) => forgotten.push(id));
    expect(r.forget(device.id)).toBe(true);
    expect(r.forget(device.id)).toBe(false);
    expect(forgotten).toEqual([device.id]);
    expect(r.authenticate(token)).toBeNull();
  });

  it('gives the same browser on this computer its entry back, and refuses to pair past the limit', () => {
    const { r, devices } = registry();
    const first = r.add('control', 'Chrome · Linux', true);
    const again = r.add('control', 'Chrome · Linux', true);
    expect(again.device.id).toBe(first.device.id);
    expect(r.authenticate(first.token)).toBeNull();
    expect(r.authenticate(again.token)).not.toBeNull();
    for (let i = devices().length; i < MAX_DEVICES; i++) r.add('view', `screen ${i}`);
    expect(() => r.add('view', 'one too many')).toThrow(TooManyDevices);
    expect(() => r.redeem(r.pairingCode('control').code, 'phone')).toThrow(/forget some in Settings/);
    expect(devices()).toHaveLength(MAX_DEVICES);
  });

  it('names devices from their browser, in proper nouns only (no language’s words)', () => {
    expect(
      deviceName(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605 Version/17 Safari/604',
      ),
    ).toBe('Safari · iPhone');
    expect(deviceName('Mozilla/5.0 (Linux; Android 14) Chrome/120 Mobile Safari/537')).toBe(
      'Chrome · Android',
    );
    expect(deviceName('Mozilla/5.0 (X11; Linux x86_64) Firefox/121')).toBe('Firefox · Linux');
    expect(deviceName('curl/8')).toBe('');
    expect(deviceName(undefined)).toBe('');
  });

  it('reads names stored as English phrases by 0.2.0 as those parts', () => {
    const stored = (name: string) =>
      storedDeviceSchema.parse({
        id: 'd1',
        name,
        kind: 'view',
        pairedAt: 0,
        lastSeenAt: null,
        tokenHash: 'a'.repeat(64),
      }).name;
    expect(['Safari on iPhone', 'Firefox on this computer', 'Browser', 'Chrome · Mac'].map(stored)).toEqual([
      'Safari · iPhone',
      'Firefox',
      '',
      'Chrome · Mac',
    ]);
  });
});
