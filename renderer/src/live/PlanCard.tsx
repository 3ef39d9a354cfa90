import { useTranslation } from 'react-i18next';
import { useView } from '../store/selectors';

/** The "before a hard conversation" card, folded away until wanted. */
export function PlanCard() {
  const { t } = useTranslation();
  const card = useView((v) => v.hardTalk);
  if (!card) return null;
  return (
    <details className="plan-card">
      <summary>{t('plan.title')}</summary>
      {card.matters && (
        <p>
          <strong>{t('plan.matters')}</strong> {card.matters}
        </p>
      )}
      {card.points.length > 0 && (
        <>
          <strong>{t('plan.points')}</strong>
          <ul>
            {card.points.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </>
      )}
      {card.avoid.length > 0 && (
        <>
          <strong>{t('plan.avoid')}</strong>
          <ul>
            {card.avoid.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}
