import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportNote } from '../../../../shared/report/export/export.types';
import type { HistoryFilter } from '../../../../shared/report/history.query';
import type { Settings } from '../../../../shared/settings/settings.schema';
import { describeError } from '../../i18n/error.text';
import { localTimeZone } from '../../lib/time.zone';
import { platform } from '../../platform';
import { send, toast } from '../../store/actions';
import { useSetting } from '../../store/selectors';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { SelectField, TextField } from '../../ui/Field';
import { Toggle } from '../../ui/Toggle';
import { downloadText } from './download';

type Format = 'csv' | 'toggl' | 'clockify' | 'solidtime' | 'kimai' | 'ical' | 'markdown' | 'json' | 'pdf';

/** Formats for a time tracker's importer: they need the user's email and name there. */
const TRACKER_FORMATS: readonly Format[] = ['toggl', 'clockify', 'solidtime', 'kimai'];
/** Of those, the ones with local times, read in the zone of the importing profile. */
const LOCAL_TIME_FORMATS: readonly Format[] = ['toggl', 'clockify', 'kimai'];

// i18next reads ":" as a namespace separator, so the formats' names are not keys themselves.
const DURATION_KEYS = { 'h:mm': 'hmm', 'hh:mm:ss': 'hms', decimal: 'decimal' } as const;

/** Every zone this runtime knows, for the tracker profile's zone. */
const ZONES: readonly string[] = Intl.supportedValuesOf('timeZone');

interface Props {
  open: boolean;
  onClose: () => void;
  /** One meeting's report, or a filtered history. */
  meetingIds?: string[];
  filter?: HistoryFilter;
}

export function ExportDialog({ open, onClose, meetingIds, filter }: Props) {
  const { t } = useTranslation();
  const saved = useSetting('exports');
  const [format, setFormat] = useState<Format>('csv');
  // Only what the user changed here: the rest follows the settings, also when the other window changes them.
  const [edits, setEdits] = useState<Partial<Settings['exports']>>({});
  const { email, name, timeZone, clockify, offTopicBillable } = { ...saved, ...edits };
  const edit = (p: Partial<Settings['exports']>) => setEdits((e) => ({ ...e, ...p }));
  const [emailError, setEmailError] = useState<string | null>(null);
  const [includeOffTopic, setIncludeOffTopic] = useState(false);
  const [includeNotes, setIncludeNotes] = useState(false);
  const [notes, setNotes] = useState<ExportNote[] | null>(null);
  const [busy, setBusy] = useState(false);
  const single = meetingIds?.length === 1;
  const timeTracker = TRACKER_FORMATS.includes(format);
  const localTimes = LOCAL_TIME_FORMATS.includes(format);
  const here = localTimeZone();

  const describe = (n: ExportNote) => {
    switch (n.kind) {
      case 'rows':
        return t('export.rows', { count: n.count });
      case 'timeZone':
        return t('export.timeZone', { zone: n.timeZone });
      case 'utc':
        return t('export.utc');
      case 'clockifyFormat':
        if (n.target === 'solidtimeKimai') return t('export.clockifyForImporters');
        return t('export.clockifyUsed', {
          date: n.dateFormat,
          time: t(`export.time.h${n.timeFormat === '12h' ? '12' : '24'}`),
          duration: t(`export.duration.${DURATION_KEYS[n.durationFormat as keyof typeof DURATION_KEYS]}`),
        });
    }
  };

  const run = async () => {
    if (format === 'pdf') {
      onClose();
      await platform().printToPdf(t('export.pdfName'));
      return;
    }
    setBusy(true);
    try {
      if (timeTracker) {
        const patch = { email: email.trim(), name: name.trim(), offTopicBillable, timeZone, clockify };
        if (JSON.stringify(patch) !== JSON.stringify(saved)) {
          try {
            await send({ type: 'settings.update', patch: { exports: patch } });
          } catch {
            setEmailError(t('export.emailInvalid'));
            return;
          }
        }
        setEdits({});
        setEmailError(null);
      }
      const file = await send({
        type: 'history.export',
        format,
        ...(meetingIds ? { meetingIds } : { filter: filter ?? {} }),
        timeZone: localTimes ? timeZone || here : here,
        includeOffTopic,
        includeNotes,
      });
      downloadText(file.filename, file.mime, file.content);
      setNotes(file.notes);
      toast(t('export.saved', { name: file.filename }));
    } catch (e) {
      toast(describeError(e, t), 'error', 6000);
    } finally {
      setBusy(false);
    }
  };

  const formats: Format[] = ['csv', 'toggl', 'clockify', 'solidtime', 'kimai', 'ical', 'markdown', 'json'];
  if (single) formats.push('pdf');
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={single ? t('export.titleOne') : t('export.titleMany')}
      actions={
        <>
          <Button onClick={onClose}>{t('common.close')}</Button>
          <Button
            variant="primary"
            disabled={busy || (timeTracker && !email.trim())}
            onClick={() => void run()}
          >
            {t('export.run')}
          </Button>
        </>
      }
    >
      <fieldset className="export-formats">
        <legend className="field__label">{t('export.format')}</legend>
        {formats.map((f) => (
          <label key={f} className="export-format">
            <input
              type="radio"
              name="format"
              value={f}
              checked={format === f}
              onChange={() => setFormat(f)}
            />
            <span>
              <strong>{t(`export.formats.${f}.name`)}</strong>
              <span className="field__hint">{t(`export.formats.${f}.hint`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {timeTracker && (
        <div className="stack">
          <TextField
            label={t('export.email')}
            hint={t('export.emailHint')}
            type="email"
            value={email}
            error={emailError}
            onChange={(e) => edit({ email: e.target.value })}
          />
          <TextField
            label={t('export.name')}
            hint={t('export.nameHint')}
            value={name}
            autoComplete="name"
            onChange={(e) => edit({ name: e.target.value })}
          />
          {localTimes && (
            <SelectField
              label={t('export.zone')}
              hint={t('export.zoneHint')}
              value={timeZone}
              onChange={(e) => edit({ timeZone: e.target.value })}
            >
              <option value="">{t('export.zoneLocal', { zone: here })}</option>
              {ZONES.map((z) => (
                <option key={z} value={z}>
                  {z}
                </option>
              ))}
            </SelectField>
          )}
          <Toggle
            checked={offTopicBillable}
            onChange={(v) => edit({ offTopicBillable: v })}
            label={t('export.offTopicBillable')}
          />
        </div>
      )}
      {format === 'clockify' && (
        <SelectField
          label={t('export.clockifyTarget')}
          value={clockify.target}
          onChange={(e) =>
            edit({ clockify: { ...clockify, target: e.target.value as typeof clockify.target } })
          }
        >
          <option value="clockify">{t('export.clockifyTargets.clockify')}</option>
          <option value="solidtimeKimai">{t('export.clockifyTargets.solidtimeKimai')}</option>
        </SelectField>
      )}
      {format === 'clockify' && clockify.target === 'solidtimeKimai' && (
        <p className="field__hint">{t('export.clockifyForImporters')}</p>
      )}
      {format === 'clockify' && clockify.target === 'clockify' && (
        <div className="row">
          <SelectField
            label={t('export.dateFormat')}
            value={clockify.dateFormat}
            onChange={(e) =>
              edit({ clockify: { ...clockify, dateFormat: e.target.value as typeof clockify.dateFormat } })
            }
          >
            {(['MM/DD/YYYY', 'DD/MM/YYYY', 'YYYY-MM-DD'] as const).map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('export.timeFormat')}
            value={clockify.timeFormat}
            onChange={(e) =>
              edit({ clockify: { ...clockify, timeFormat: e.target.value as typeof clockify.timeFormat } })
            }
          >
            <option value="12h">{t('export.time.h12')}</option>
            <option value="24h">{t('export.time.h24')}</option>
          </SelectField>
          <SelectField
            label={t('export.durationFormat')}
            value={clockify.durationFormat}
            onChange={(e) =>
              edit({
                clockify: { ...clockify, durationFormat: e.target.value as typeof clockify.durationFormat },
              })
            }
          >
            <option value="h:mm">{t('export.duration.hmm')}</option>
            <option value="hh:mm:ss">{t('export.duration.hms')}</option>
            <option value="decimal">{t('export.duration.decimal')}</option>
          </SelectField>
        </div>
      )}
      {format === 'markdown' && (
        <div className="stack">
          <Toggle
            checked={includeOffTopic}
            onChange={setIncludeOffTopic}
            label={t('export.includeOffTopic')}
          />
          <Toggle checked={includeNotes} onChange={setIncludeNotes} label={t('export.includeNotes')} />
        </div>
      )}
      {notes && (
        <ul className="export-notes" aria-live="polite">
          {notes.map((n, i) => (
            <li key={i}>{describe(n)}</li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
