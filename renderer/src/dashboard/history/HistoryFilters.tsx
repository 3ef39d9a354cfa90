import type { Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../../shared/settings/client.schema';
import { SelectField, TextField } from '../../ui/Field';
import { PERIODS, type Period } from './period';
import type { HistoryFilterAction, HistoryFilterState } from './useHistoryFilter';

/** Client, period, kind and title words: the meetings history shows. */
export function HistoryFilters({
  state,
  clients,
  dispatch,
}: {
  state: HistoryFilterState;
  clients: readonly Client[];
  dispatch: Dispatch<HistoryFilterAction>;
}) {
  const { t } = useTranslation();
  const set = (patch: Extract<HistoryFilterAction, { type: 'filter' }>['patch']) =>
    dispatch({ type: 'filter', patch });
  return (
    <section className="card section" aria-label={t('history.filters')}>
      <div className="row">
        <SelectField
          label={t('history.client')}
          value={state.clientId}
          onChange={(e) => set({ clientId: e.target.value })}
        >
          <option value="">{t('history.allClients')}</option>
          {clients.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
          <option value="__none">{t('history.noClient')}</option>
        </SelectField>
        <SelectField
          label={t('history.period')}
          value={state.period}
          onChange={(e) => set({ period: e.target.value as Period })}
        >
          {PERIODS.map((p) => (
            <option key={p} value={p}>
              {t(`history.periods.${p}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('history.kind')}
          value={state.kind}
          onChange={(e) => set({ kind: e.target.value as HistoryFilterState['kind'] })}
        >
          <option value="">{t('history.allKinds')}</option>
          <option value="scheduled">{t('history.scheduled')}</option>
          <option value="adhoc">{t('history.adhoc')}</option>
        </SelectField>
        <TextField
          label={t('history.search')}
          type="search"
          value={state.search}
          onChange={(e) => set({ search: e.target.value })}
        />
      </div>
      {state.period === 'custom' && (
        <div className="row">
          <TextField
            label={t('history.from')}
            type="date"
            value={state.custom.from}
            onChange={(e) => set({ custom: { ...state.custom, from: e.target.value } })}
          />
          <TextField
            label={t('history.to')}
            type="date"
            value={state.custom.to}
            onChange={(e) => set({ custom: { ...state.custom, to: e.target.value } })}
          />
        </div>
      )}
    </section>
  );
}
