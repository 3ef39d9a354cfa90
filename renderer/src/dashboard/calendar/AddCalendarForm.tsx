import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncOutcome } from '../../../../shared/contract/calendar.contract';
import { describeError } from '../../i18n/error.text';
import { send, toast } from '../../store/actions';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { Segmented } from '../../ui/Segmented';

type Kind = 'caldav' | 'icsUrl' | 'icsFile';

const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

/** Adds a calendar: a CalDAV account, an .ics address or an .ics file. It is checked (synced) before it is kept. */
export function AddCalendarForm() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<Kind>('caldav');
  const [f, setF] = useState({ name: '', serverUrl: '', username: '', password: '', url: '', email: '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const file = useRef<HTMLInputElement>(null);
  const set = (p: Partial<typeof f>) => setF((x) => ({ ...x, ...p }));

  const added = (name: string, sync: SyncOutcome) => {
    toast(t('calendar.added', { name, count: sync.ok ? sync.planned : 0 }));
    setF({ name: '', serverUrl: '', username: '', password: '', url: '', email: '' });
    setError(null);
  };

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(describeError(e, t));
    } finally {
      setBusy(false);
    }
  };

  const submit = () =>
    run(async () => {
      const source =
        kind === 'caldav'
          ? {
              kind,
              name: f.name,
              serverUrl: f.serverUrl,
              username: f.username,
              password: f.password,
              email: f.email.trim(),
            }
          : { kind: 'icsUrl' as const, name: f.name, url: f.url, email: f.email.trim() };
      const r = await send({ type: 'calendar.subscribe', source });
      added(f.name || (kind === 'caldav' ? hostOf(f.serverUrl) : t('calendar.kinds.icsUrl')), r.sync);
    });

  const importFile = (picked: File) =>
    run(async () => {
      const r = await send({
        type: 'calendar.import',
        name: picked.name,
        content: await picked.text(),
        email: f.email.trim(),
      });
      added(picked.name, r.sync);
    });

  return (
    <form
      className="stack calendar-add"
      aria-labelledby="calendar-add-h"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id="calendar-add-h">{t('calendar.add')}</h3>
      <Segmented
        label={t('calendar.kind')}
        value={kind}
        onChange={(k) => {
          setKind(k);
          setError(null);
        }}
        options={(['caldav', 'icsUrl', 'icsFile'] as const).map((k) => ({
          value: k,
          label: t(`calendar.kinds.${k}`),
        }))}
      />
      <p className="field__hint">{t(`calendar.hints.${kind}`)}</p>
      {kind === 'caldav' && (
        <div className="row">
          <TextField
            label={t('calendar.server')}
            type="url"
            required
            placeholder="https://cloud.example.com/remote.php/dav"
            value={f.serverUrl}
            onChange={(e) => set({ serverUrl: e.target.value })}
          />
          <TextField
            label={t('calendar.username')}
            required
            autoComplete="username"
            value={f.username}
            onChange={(e) => set({ username: e.target.value })}
          />
          <TextField
            label={t('calendar.password')}
            type="password"
            required
            autoComplete="current-password"
            value={f.password}
            onChange={(e) => set({ password: e.target.value })}
          />
        </div>
      )}
      {kind === 'icsUrl' && (
        <TextField
          label={t('calendar.url')}
          required
          placeholder="https://calendar.google.com/calendar/ical/…/basic.ics"
          value={f.url}
          onChange={(e) => set({ url: e.target.value })}
        />
      )}
      <div className="row">
        {kind !== 'icsFile' && (
          <TextField
            label={t('calendar.name')}
            hint={t('calendar.nameHint')}
            value={f.name}
            onChange={(e) => set({ name: e.target.value })}
          />
        )}
        <TextField
          label={t('calendar.email')}
          hint={t('calendar.emailHint')}
          type="email"
          value={f.email}
          onChange={(e) => set({ email: e.target.value })}
        />
      </div>
      {error && (
        <p className="field__error" role="alert" data-testid="calendar-error">
          {error}
        </p>
      )}
      <div className="row row--tight">
        {kind === 'icsFile' ? (
          <>
            <Button variant="primary" icon="open" disabled={busy} onClick={() => file.current?.click()}>
              {busy ? t('calendar.checking') : t('calendar.file')}
            </Button>
            <input
              ref={file}
              type="file"
              accept=".ics,text/calendar"
              hidden
              aria-label={t('calendar.file')}
              onChange={(e) => {
                const picked = e.target.files?.[0];
                e.target.value = '';
                if (picked) void importFile(picked);
              }}
            />
          </>
        ) : (
          <Button type="submit" variant="primary" icon="plus" disabled={busy}>
            {busy ? t('calendar.checking') : t('calendar.subscribe')}
          </Button>
        )}
      </div>
    </form>
  );
}
