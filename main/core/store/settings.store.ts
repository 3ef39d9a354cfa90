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
import { newToken } from './store.migrations';
import type { Rect, StoreData } from './store.schema';

const builtinById = new Map(BUILTIN_LINES.map((l) => [l.id, l]));

/** Typed reads and validated writes over the settings store. Every write goes through conf's schema too. */
export class SettingsStore {
  constructor(private readonly store: ConfLike<StoreData>) {
    if (!store.get('token')) store.set('token', newToken());
  }

  get path(): string {
    return this.store.path;
  }

  token(): string {
    return this.store.get('token');
  }

  windowState(): StoreData['windowState'] {
    return this.store.get('windowState');
  }

  rememberOverlay(displayKey: string, rect: Rect): void {
    const w = this.windowState();
    this.store.set('windowState', { ...w, overlay: { ...w.overlay, [displayKey]: rect } });
  }

  rememberDashboard(rect: Rect): void {
    this.store.set('windowState', { ...this.windowState(), dashboard: rect });
  }

  settings(): Settings {
    return this.store.get('settings');
  }

  /** Replaces the sections named in `patch`, after validating the result as a whole. */
  updateSettings(patch: Record<string, unknown>): Settings {
    const r = settingsSchema.safeParse({ ...this.settings(), ...patch });
    if (!r.success) {
      const e = zodToContractError(r.error, 'invalid');
      throw new HostError('invalid', e.message, e.path);
    }
    this.store.set('settings', r.data);
    return r.data;
  }

  clients(): Client[] {
    return this.store.get('clients');
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
    if (clash)
      throw new HostError('conflict', `there is already a client called "${clash.name}"`, 'client.name');
    const existing = this.clients().findIndex((c) => c.id === client.id);
    const next = [...this.clients()];
    if (existing === -1) next.push(client);
    else next[existing] = client;
    this.store.set('clients', next);
    return client;
  }

  /** Removes a client, or archives it when history still refers to it. */
  removeClient(id: string, inHistory: boolean): { archived: boolean } {
    const client = this.client(id);
    if (!client) throw new HostError('notFound', `no client with id "${id}"`);
    if (inHistory) {
      this.store.set(
        'clients',
        this.clients().map((c) => (c.id === id ? { ...c, archived: true } : c)),
      );
      return { archived: true };
    }
    this.store.set(
      'clients',
      this.clients().filter((c) => c.id !== id),
    );
    return { archived: false };
  }

  templates(): Template[] {
    return this.store.get('templates');
  }

  saveTemplate(template: Template): Template {
    const next = this.templates().filter((t) => t.id !== template.id);
    const at = this.templates().findIndex((t) => t.id === template.id);
    next.splice(at === -1 ? next.length : at, 0, template);
    this.store.set('templates', next);
    return template;
  }

  removeTemplate(id: string): boolean {
    const before = this.templates();
    const after = before.filter((t) => t.id !== id);
    if (after.length === before.length) throw new HostError('notFound', `no template with id "${id}"`);
    this.store.set('templates', after);
    return true;
  }

  phrases(): PhraseOverrides {
    return this.store.get('phrases');
  }

  editPhrase(id: string, text: string): void {
    const p = this.phrases();
    const builtin = builtinById.get(id);
    if (builtin) {
      const problem = placeholderProblem(text, builtin.locale, builtin.situation);
      if (problem) throw new HostError('invalid', problem, 'text');
      // Writing the built-in text back is the same as restoring it.
      const edited = { ...p.edited };
      if (text === builtin.text) delete edited[id];
      else edited[id] = text;
      this.store.set('phrases', { ...p, edited });
      return;
    }
    const own = p.added.find((l) => l.id === id);
    if (!own) throw new HostError('notFound', `no line with id "${id}"`);
    const problem = placeholderProblem(text, own.locale, own.situation);
    if (problem) throw new HostError('invalid', problem, 'text');
    this.store.set('phrases', { ...p, added: p.added.map((l) => (l.id === id ? { ...l, text } : l)) });
  }

  addPhrase(line: UserLine): void {
    const p = this.phrases();
    if (p.added.some((l) => l.id === line.id))
      throw new HostError('conflict', `line id "${line.id}" is taken`);
    this.store.set('phrases', { ...p, added: [...p.added, line] });
  }

  /** Hides a built-in line or deletes one of the user's own. */
  removePhrase(id: string): void {
    const p = this.phrases();
    if (builtinById.has(id)) {
      if (!p.removed.includes(id)) this.store.set('phrases', { ...p, removed: [...p.removed, id] });
      return;
    }
    if (!p.added.some((l) => l.id === id)) throw new HostError('notFound', `no line with id "${id}"`);
    this.store.set('phrases', { ...p, added: p.added.filter((l) => l.id !== id) });
  }

  /** Restores built-in lines (edits and removals undone); without ids, everything including the user's own lines. */
  restorePhrases(ids?: string[]): number {
    const p = this.phrases();
    if (!ids) {
      const count = Object.keys(p.edited).length + p.removed.length + p.added.length;
      this.store.set('phrases', { edited: {}, removed: [], added: [] });
      return count;
    }
    const set = new Set(ids);
    const edited = Object.fromEntries(Object.entries(p.edited).filter(([k]) => !set.has(k)));
    const removed = p.removed.filter((k) => !set.has(k));
    const count =
      Object.keys(p.edited).length - Object.keys(edited).length + p.removed.length - removed.length;
    this.store.set('phrases', { ...p, edited, removed });
    return count;
  }
}
