import { useTranslation } from 'react-i18next';
import type { StandingCallView } from '../../../../shared/calendar/calendar.records';
import { humanDuration } from '../../format/time';
import { sendOrToast, toast } from '../../store/actions';
import { useClients } from '../../store/selectors';
import { Button } from '../../ui/Button';
import { ruleText } from './calendar.format';

/** Recurring events, understood as the standing call: each can become a template for the regular meeting. */
export function StandingCalls({ calls }: { calls: StandingCallView[] }) {
  const { t, i18n } = useTranslation();
  const clients = useClients() ?? [];
  if (calls.length === 0) return null;
  const save = async (s: StandingCallView) => {
    const r = await sendOrToast({ type: 'calendar.template', uid: s.uid });
    if (r) toast(t('calendar.templateSaved', { name: r.template.name }));
  };
  return (
    <section className="card section" aria-labelledby="standing-h">
      <h2 id="standing-h">{t('calendar.standing')}</h2>
      <p className="muted">{t('calendar.standingHint')}</p>
      <ul className="standing-list">
        {calls.map((s) => (
          <li key={s.uid} className="standing" data-testid="standing-call">
            <div>
              <strong>{s.title}</strong>
              <p className="muted">
                {[
                  ruleText(s, t, i18n.language),
                  humanDuration(s.durationSec * 1000, i18n.language),
                  clients.find((c) => c.id === s.clientId)?.name,
                  s.timeZone,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            </div>
            {s.saved ? (
              <span className="badge badge--accent">{t('calendar.templateReady')}</span>
            ) : (
              <Button size="sm" icon="plus" onClick={() => void save(s)}>
                {t('calendar.saveTemplate')}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
