import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_TRANSCRIPT_BYTES } from '../../../../../shared/contract/contract';
import type { MeetingReport } from '../../../../../shared/report/report.model';
import { describeError, errorMessage } from '../../../i18n/error.text';
import { localTimeZone } from '../../../lib/time.zone';
import { send, sendOrToast, toast } from '../../../store/actions';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { AirtimePlaces } from './AirtimePlaces';
import { AirtimeTable } from './AirtimeTable';
import { TranscriptNames } from './TranscriptNames';
import { TranscriptOffset } from './TranscriptOffset';

const MB = 1024 * 1024;

/**
 * The call's transcript on an ended meeting's report: import one (Zoom's or Teams' WebVTT, Google Meet's text),
 * say who its names are, line it up with the meeting, and read each person's speaking time beside what was timed.
 */
export function TranscriptSection({ report, onChange }: { report: MeetingReport; onChange: () => void }) {
  const { t, i18n } = useTranslation();
  const fileInput = useRef<HTMLInputElement>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [removing, setRemoving] = useState(false);
  const airtime = report.transcript;

  const importFile = async (file: File) => {
    setRefused(null);
    const fail = (reason: string) => setRefused(t('transcript.importFailed', { file: file.name, reason }));
    // Said here, before a large file is read and sent, in the words the host would use.
    if (file.size > MAX_TRANSCRIPT_BYTES)
      return fail(
        errorMessage(
          {
            key: 'transcriptTooLarge',
            params: { max: MAX_TRANSCRIPT_BYTES / MB, actual: Math.ceil((file.size / MB) * 10) / 10 },
          },
          t,
        ),
      );
    setBusy(true);
    try {
      const r = await send({
        type: 'transcript.import',
        meetingId: report.meetingId,
        fileName: file.name,
        content: await file.text(),
        timeZone: localTimeZone(),
      });
      toast(t('transcript.imported', { count: r.speakers }));
      onChange();
    } catch (e) {
      fail(describeError(e, t));
    } finally {
      setBusy(false);
    }
  };

  const picker = (
    <input
      ref={fileInput}
      type="file"
      accept=".vtt,.txt,.md,text/vtt,text/plain"
      hidden
      aria-label={t('transcript.import')}
      data-testid="transcript-file"
      onChange={(e) => {
        const f = e.target.files?.[0];
        e.target.value = '';
        if (f) void importFile(f);
      }}
    />
  );
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <section className="card section transcript" aria-labelledby="transcript-h">
      <div className="section-head">
        <h2 id="transcript-h">{t('transcript.title')}</h2>
        <div className="section-head__tools no-print">
          <Button icon="open" disabled={busy} onClick={() => fileInput.current?.click()}>
            {airtime ? t('transcript.replace') : t('transcript.import')}
          </Button>
          {airtime && (
            <Button variant="ghost" disabled={busy} onClick={() => setRemoving(true)}>
              {t('transcript.remove')}
            </Button>
          )}
          {picker}
        </div>
      </div>
      {refused && (
        <p className="field__error" role="alert">
          {refused}
        </p>
      )}
      {!airtime && <p className="muted transcript__intro">{t('transcript.intro')}</p>}
      {airtime && (
        <>
          <p className="muted">
            {t('transcript.meta', {
              file: airtime.fileName,
              source: t(`transcript.source.${airtime.source}`),
              when: when.format(airtime.importedAt),
            })}
          </p>
          {airtime.timing === 'estimated' && (
            <p className="notice" role="note">
              {t('transcript.estimated')}
            </p>
          )}
          {airtime.unmatched > 0 && (
            <p className="notice" role="note">
              {t('transcript.needAnswers', { count: airtime.unmatched })}
            </p>
          )}
          <AirtimeTable airtime={airtime} />
          {!airtime.tapped && <p className="field__hint">{t('transcript.notTimed')}</p>}
          <h3>{t('transcript.namesTitle')}</h3>
          <TranscriptNames meetingId={report.meetingId} airtime={airtime} onChange={onChange} />
          <h3>{t('transcript.offsetTitle')}</h3>
          <TranscriptOffset
            meetingId={report.meetingId}
            startedAt={report.startedAt}
            airtime={airtime}
            onChange={onChange}
          />
          {airtime.places.length > 0 && (
            <>
              <h3>{t('transcript.placesTitle')}</h3>
              <AirtimePlaces airtime={airtime} report={report} />
            </>
          )}
        </>
      )}
      <Dialog
        open={removing}
        onClose={() => setRemoving(false)}
        title={t('transcript.removeTitle')}
        actions={
          <>
            <Button onClick={() => setRemoving(false)}>{t('common.cancel')}</Button>
            <Button
              variant="danger"
              onClick={() => {
                setRemoving(false);
                void sendOrToast({ type: 'transcript.remove', meetingId: report.meetingId }).then(
                  (r) => r && onChange(),
                );
              }}
            >
              {t('transcript.remove')}
            </Button>
          </>
        }
      >
        <p>{t('transcript.removeBody')}</p>
      </Dialog>
    </section>
  );
}
