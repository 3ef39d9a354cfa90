import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { DeviceKind, DeviceView } from '../../../shared/contract/contract';
import type { Timers } from '../clock/timers';
import { MAX_DEVICES, type StoredDevice } from '../store/store.schema';

/** How long a pairing code (in the QR code or a link) can be used, once. */
export const PAIRING_TTL_MS = 10 * 60_000;
/** Wrong codes tolerated per minute, across all devices, before pairing pauses for the rest of that minute. */
const MAX_FAILED_PER_MINUTE = 20;
/** No 0/O or 1/I: a code may be typed from a screen. 8 of these are 40 bits. */
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export interface DeviceStore {
  devices(): StoredDevice[];
  saveDevices(devices: StoredDevice[]): void;
}

export interface DeviceRegistryDeps {
  store: DeviceStore;
  now(): number;
  timers: Timers;
}

/** Constant-time, so a code cannot be guessed a character at a time. */
function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

function newCode(): string {
  let code = '';
  for (let i = 0; i < 8; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** Pairing refused: the list is full. The sentence says what to do. */
export class TooManyDevices extends Error {
  constructor() {
    super(`Tactful already has ${MAX_DEVICES} paired devices: forget some in Settings, then pair again`);
  }
}

/**
 * A name a person recognises in the list ("Safari · iPhone"), from the browser's User-Agent: proper nouns only, which
 * every language shows as they are ('' when the browser says nothing the list could show; the UI words that).
 */
export function deviceName(userAgent: string | undefined): string {
  const ua = userAgent ?? '';
  const os = /iPhone/.test(ua)
    ? 'iPhone'
    : /iPad/.test(ua)
      ? 'iPad'
      : /Android/.test(ua)
        ? 'Android'
        : /Windows/.test(ua)
          ? 'Windows'
          : /Mac OS X|Macintosh/.test(ua)
            ? 'Mac'
            : /Linux/.test(ua)
              ? 'Linux'
              : null;
  const browser = /Edg\//.test(ua)
    ? 'Edge'
    : /Firefox\//.test(ua)
      ? 'Firefox'
      : /Chrome\/|Chromium\//.test(ua)
        ? 'Chrome'
        : /Safari\//.test(ua)
          ? 'Safari'
          : null;
  if (!browser) return os ?? '';
  return os ? `${browser} · ${os}` : browser;
}

/**
 * Paired phones, tablets and browsers. Pairing is a one-time code, valid for ten minutes (in the QR code), exchanged
 * for a device token that only the device keeps (the host stores its hash). Each device can be forgotten, which
 * closes its connections. A `view` device may only watch.
 */
export class DeviceRegistry extends EventEmitter<{ changed: []; forgotten: [id: string] }> {
  private readonly codes = new Map<DeviceKind, { code: string; expiresAt: number }>();
  private readonly expiry = new Map<DeviceKind, unknown>();
  private failed: { minute: number; count: number } = { minute: 0, count: 0 };

  constructor(private readonly deps: DeviceRegistryDeps) {
    super();
  }

  /** The code of this kind in use now: minted when there is none, or when the last one expired or was used. */
  pairingCode(kind: DeviceKind): { code: string; expiresAt: number } {
    const now = this.deps.now();
    const current = this.codes.get(kind);
    if (current && current.expiresAt > now) return current;
    const fresh = { code: newCode(), expiresAt: now + PAIRING_TTL_MS };
    this.codes.set(kind, fresh);
    this.armExpiry(kind, PAIRING_TTL_MS);
    return fresh;
  }

  /** Tells whoever shows the code (the dashboard's QR) to fetch a new one when this one runs out. */
  private armExpiry(kind: DeviceKind, ms: number): void {
    const { timers } = this.deps;
    const old = this.expiry.get(kind);
    if (old !== undefined) timers.clearTimeout(old);
    this.expiry.set(
      kind,
      timers.setTimeout(() => {
        this.expiry.delete(kind);
        this.codes.delete(kind);
        this.emit('changed');
      }, ms),
    );
  }

  /**
   * Exchanges a pairing code for a new device and its token, or null (wrong, used or expired code, or too many wrong
   * ones this minute). A used code is gone; the next one is minted when asked for.
   */
  redeem(code: string, name: string): { device: DeviceView; token: string } | null {
    const now = this.deps.now();
    const minute = Math.floor(now / 60_000);
    if (this.failed.minute !== minute) this.failed = { minute, count: 0 };
    if (this.failed.count >= MAX_FAILED_PER_MINUTE) return null;
    let kind: DeviceKind | null = null;
    for (const [k, c] of this.codes) if (c.expiresAt > now && sameText(c.code, code)) kind = k;
    if (kind === null) {
      this.failed.count++;
      return null;
    }
    this.codes.delete(kind);
    const pending = this.expiry.get(kind);
    if (pending !== undefined) this.deps.timers.clearTimeout(pending);
    this.expiry.delete(kind);
    return this.add(kind, name);
  }

  /**
   * A new device of this kind and its token. `reuse` (the link printed at start, opened again in the same browser
   * without its cookie): the device of that name and kind gets a new token instead of a second entry. `thisComputer`:
   * it came in with the install token from this computer. Throws TooManyDevices when the list is full.
   */
  add(
    kind: DeviceKind,
    name: string,
    reuse = false,
    thisComputer = false,
  ): { device: DeviceView; token: string } {
    const token = randomBytes(24).toString('base64url');
    const list = this.deps.store.devices();
    const label = name.slice(0, 80);
    const same = reuse
      ? list.find((d) => d.kind === kind && d.name === label && d.thisComputer === thisComputer)
      : undefined;
    if (!same && list.length >= MAX_DEVICES) throw new TooManyDevices();
    const stored: StoredDevice = same
      ? { ...same, tokenHash: hash(token) }
      : {
          id: `d${randomBytes(6).toString('hex')}`,
          name: label,
          kind,
          pairedAt: this.deps.now(),
          lastSeenAt: null,
          thisComputer,
          tokenHash: hash(token),
        };
    this.deps.store.saveDevices(same ? list.map((d) => (d.id === same.id ? stored : d)) : [...list, stored]);
    this.emit('changed');
    return { device: view(stored), token };
  }

  /** The device a token belongs to, or null. */
  authenticate(token: string | null): DeviceView | null {
    if (!token || token.length > 200) return null;
    const h = Buffer.from(hash(token));
    const found = this.deps.store.devices().find((d) => timingSafeEqual(Buffer.from(d.tokenHash), h));
    return found ? view(found) : null;
  }

  /** Notes when a device last connected (shown in the list). */
  seen(id: string): void {
    const now = this.deps.now();
    const list = this.deps.store.devices();
    if (!list.some((d) => d.id === id)) return;
    this.deps.store.saveDevices(list.map((d) => (d.id === id ? { ...d, lastSeenAt: now } : d)));
  }

  list(): DeviceView[] {
    return this.deps.store.devices().map(view);
  }

  /** Forgets a device: its token no longer works, and its open connections are closed. */
  forget(id: string): boolean {
    const list = this.deps.store.devices();
    const next = list.filter((d) => d.id !== id);
    if (next.length === list.length) return false;
    this.deps.store.saveDevices(next);
    this.emit('forgotten', id);
    this.emit('changed');
    return true;
  }

  close(): void {
    for (const t of this.expiry.values()) this.deps.timers.clearTimeout(t);
    this.expiry.clear();
    this.removeAllListeners();
  }
}

function view({ tokenHash: _hidden, ...d }: StoredDevice): DeviceView {
  return d;
}
