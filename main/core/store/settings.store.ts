import { EventEmitter } from 'node:events';
import { BUILTIN_LINES } from '../../../shared/phrases/phrase.library';
import {
  placeholderProblem,
  type PhraseOverrides,
  type UserLine,
} from '../../../shared/phrases/phrase.overrides';
import { clientSchema, type Client } from '../../../shared/settings/client.schema';
import { settingsSchema, type Settings } from '../../../shared/settings/settings.schema';
import type { Template } from '../../../shared/settings/template.schema';
import { zodToContractError } from '../../../shared/contract/contract.errors';
import { HostError } from '../host.error';
import type { ConfLike } from './conf.like';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Rect, StoredDevice, StoreData } from './store.schema';

const builtinById = new Map(BUILTIN_LINES.map((l) => [l.id, l]));

/** Every install gets its own secret for browser and phone access. */
const newToken = () => randomBytes(24).toString('base64url');

function isJsonObject(text: string): boolean {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
  } catch {
    return false;
  }
}

/** What the store tells the host about: a settings file deleted or damaged behind its back. */
export interface SettingsStoreDeps {
  problem(message: string): void;
  /** Keeps a copy of a damaged file (in quarantine/); returns where. */
  keepCopy(file: string): string;
}

/**
 * Typed reads and validated writes over the settings store. Everything lives in memory: read once when the store
 * opens (conf reads and validates the whole file on every `get`), and every write replaces the whole file with
 * what is in memory, validated by conf's schema. So a config.json deleted or damaged while Tactful runs is never
 * read back: reads go on from the last good copy, and the next write puts the file back whole (the damaged one is
 * kept in quarantine). 'changed' names the key that changed.
 */
export class SettingsStore extends EventEmitter<{ changed: [key: keyof StoreData] }> {
  private mirror: StoreData;

  constructor(
    private readonly store: ConfLike<StoreData>,
    private readonly deps: SettingsStoreDeps | null = null,
  ) {
    super();
    this.mirror = { ...store.store };
    if (!this.get('token')) this.set('token', newToken());
  }

  private get<K extends keyof StoreData>(key: K): StoreData[K] {
    return this.mirror[key];
  }

  private set<K extends keyof StoreData>(key: K, value: StoreData[K]): void {
    const next = { ...this.mirror, [key]: value };
    this.noticeDamage();
    this.store.store = next;
    this.mirror = next;
    this.emit('changed', key);
  }

  /** Before a write: says so when the file went missing or was damaged since the last one. */
  private noticeDamage(): void {
    if (!this.deps) return;
    let text: string;
    try {
      text = readFileSync(this.store.path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT')
        this.deps.problem(
          'the settings file was deleted while Tactful ran; it was written again from memory',
        );
      return;
    }
    if (isJsonObject(text)) return;
    const kept = this.deps.keepCopy(this.store.path);
    this.deps.problem(
      `the settings file was damaged while Tactful ran; it was written again from memory (the damaged one is kept at ${kept})`,
    );
  }

  get path(): string {
    return this.store.path;
  }

  token(): string {
    return this.get('token');
  }

  windowState(): StoreData['windowState'] {
    return this.get('windowState');
  }

  rememberOverlay(displayKey: string, rect: Rect): void {
    const w = this.windowState();
    this.set('windowState', { ...w, overlay: { ...w.overlay, [displayKey]: rect } });
  }

  rememberDashboard(rect: Rect): void {
    this.set('windowState', { ...this.windowState(), dashboard: rect });
  }

  settings(): Settings {
    return this.get('settings');
  }

  /** Replaces the sections named in `patch`, after validating the result as a whole. */
  updateSettings(patch: Partial<Settings>): Settings {
    const input = { ...this.settings(), ...patch };
    const r = settingsSchema.safeParse(input);
    if (!r.success) {
      const e = zodToContractError(r.error, 'invalid', input);
      throw new HostError('invalid', e.key, e.params, e.path);
    }
    this.set('settings', r.data);
    return r.data;
  }

  clients(): Client[] {
    return this.get('clients');
  }

  client(id: string | null): Client | null {
    return id === null ? null : (this.clients().find((c) => c.id === id) ?? null);
  }

  saveClient(input: Client): Client {
    const client = clientSchema.parse(input);
    const others = this.clients().filter((c) => c.id !== client.id);
    const clash = others.find(
      (c) => !c.archived && c.name.toLocaleLowerCase() === client.name.toLocaleLowerCase(),
    );
    if (clash) throw new HostError('conflict', 'clientNameTaken', { name: clash.name }, 'client.name');
    const existing = this.clients().findIndex((c) => c.id === client.id);
    const next = [...this.clients()];
    if (existing === -1) next.push(client);
    else next[existing] = client;
    this.set('clients', next);
    return client;
  }

  /** Adds several new clients at once (an import): all are validated first, then written in one go, or none. */
  addClients(input: readonly Client[]): Client[] {
    const added = input.map((c) => clientSchema.parse(c));
    const ids = new Set(this.clients().map((c) => c.id));
    const names = new Set(
      this.clients()
        .filter((c) => !c.archived)
        .map((c) => c.name.toLocaleLowerCase()),
    );
    for (const c of added) {
      if (ids.has(c.id)) throw new HostError('conflict', 'clientIdTaken', { id: c.id }, 'client.id');
      if (!c.archived && names.has(c.name.toLocaleLowerCase()))
        throw new HostError('conflict', 'clientNameTaken', { name: c.name }, 'client.name');
      ids.add(c.id);
      if (!c.archived) names.add(c.name.toLocaleLowerCase());
    }
    if (added.length > 0) this.set('clients', [...this.clients(), ...added]);
    return added;
  }

  /** Removes a client, or archives it when history still refers to it. */
  removeClient(id: string, inHistory: boolean): { archived: boolean } {
    const client = this.client(id);
    if (!client) throw new HostError('notFound', 'noClient', { id });
    if (inHistory) {
      this.set(
        'clients',
        this.clients().map((c) => (c.id === id ? { ...c, archived: true } : c)),
      );
      return { archived: true };
    }
    this.set(
      'clients',
      this.clients().filter((c) => c.id !== id),
    );
    return { archived: false };
  }

  devices(): StoredDevice[] {
    return this.get('devices');
  }

  saveDevices(devices: StoredDevice[]): void {
    this.set('devices', devices);
  }

  templates(): Template[] {
    return this.get('templates');
  }

  saveTemplate(template: Template): Template {
    const next = this.templates().filter((t) => t.id !== template.id);
    const at = this.templates().findIndex((t) => t.id === template.id);
    next.splice(at === -1 ? next.length : at, 0, template);
    this.set('templates', next);
    return template;
  }

  removeTemplate(id: string): boolean {
    const before = this.templates();
    const after = before.filter((t) => t.id !== id);
    if (after.length === before.length) throw new HostError('notFound', 'noTemplate', { id });
    this.set('templates', after);
    return true;
  }

  phrases(): PhraseOverrides {
    return this.get('phrases');
  }

  editPhrase(id: string, text: string): void {
    const p = this.phrases();
    const builtin = builtinById.get(id);
    if (builtin) {
      const problem = placeholderProblem(text, builtin.locale, builtin.situation);
      if (problem) throw new HostError('invalid', problem.key, problem.params, 'text');
      // Writing the built-in text back is the same as restoring it.
      const edited = { ...p.edited };
      if (text === builtin.text) delete edited[id];
      else edited[id] = text;
      this.set('phrases', { ...p, edited });
      return;
    }
    const own = p.added.find((l) => l.id === id);
    if (!own) throw new HostError('notFound', 'noLine', { id });
    const problem = placeholderProblem(text, own.locale, own.situation);
    if (problem) throw new HostError('invalid', problem.key, problem.params, 'text');
    this.set('phrases', { ...p, added: p.added.map((l) => (l.id === id ? { ...l, text } : l)) });
  }

  addPhrase(line: UserLine): void {
    const p = this.phrases();
    if (p.added.some((l) => l.id === line.id))
      throw new HostError('conflict', 'lineIdTaken', { id: line.id });
    this.set('phrases', { ...p, added: [...p.added, line] });
  }

  /** Hides a built-in line or deletes one of the user's own. */
  removePhrase(id: string): void {
    const p = this.phrases();
    if (builtinById.has(id)) {
      if (!p.removed.includes(id)) this.set('phrases', { ...p, removed: [...p.removed, id] });
      return;
    }
    if (!p.added.some((l) => l.id === id)) throw new HostError('notFound', 'noLine', { id });
    this.set('phrases', { ...p, added: p.added.filter((l) => l.id !== id) });
  }

  /** Restores built-in lines (edits and removals undone); without ids, everything including the user's own lines. */
  restorePhrases(ids?: string[]): number {
    const p = this.phrases();
    if (!ids) {
      const count = Object.keys(p.edited).length + p.removed.length + p.added.length;
      this.set('phrases', { edited: {}, removed: [], added: [] });
      return count;
    }
    const set = new Set(ids);
    const edited = Object.fromEntries(Object.entries(p.edited).filter(([k]) => !set.has(k)));
    const removed = p.removed.filter((k) => !set.has(k));
    const count =
      Object.keys(p.edited).length - Object.keys(edited).length + p.removed.length - removed.length;
    this.set('phrases', { ...p, edited, removed });
    return count;
  }
}
