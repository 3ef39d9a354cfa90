import { useReducer } from 'react';
import type { HistoryFilter } from '../../../../shared/report/history.query';
import { useToday } from '../../hooks/useToday';
import { periodRange, type Period } from './period';

/** The history filter as the user set it, and which page and bucket they look at. */
export interface HistoryFilterState {
  /** A client's id, '__none' for meetings without a client, '' for all. */
  clientId: string;
  period: Period;
  custom: { from: string; to: string };
  kind: '' | 'scheduled' | 'adhoc';
  search: string;
  bucket: 'week' | 'month';
  page: number;
}

type FilterFields = Pick<HistoryFilterState, 'clientId' | 'period' | 'custom' | 'kind' | 'search'>;

export type HistoryFilterAction =
  | { type: 'filter'; patch: Partial<FilterFields> }
  | { type: 'bucket'; bucket: HistoryFilterState['bucket'] }
  | { type: 'page'; page: number };

const INITIAL: HistoryFilterState = {
  clientId: '',
  period: 'all',
  custom: { from: '', to: '' },
  kind: '',
  search: '',
  bucket: 'week',
  page: 0,
};

/** A changed filter starts again at the first page; the bucket only changes the chart. */
export function historyFilterReducer(s: HistoryFilterState, a: HistoryFilterAction): HistoryFilterState {
  switch (a.type) {
    case 'filter':
      return { ...s, ...a.patch, page: 0 };
    case 'bucket':
      return { ...s, bucket: a.bucket };
    case 'page':
      return { ...s, page: Math.max(0, a.page) };
  }
}

/** The filter the host applies: periods are read against today, which moves on at midnight. */
export function toHistoryFilter(s: HistoryFilterState, today: Date): HistoryFilter {
  return {
    ...(s.clientId === '' ? {} : { clientId: s.clientId === '__none' ? null : s.clientId }),
    ...periodRange(s.period, today, s.custom),
    ...(s.kind ? { kind: s.kind } : {}),
    ...(s.search.trim() ? { search: s.search.trim() } : {}),
  };
}

export function useHistoryFilter() {
  const [state, dispatch] = useReducer(historyFilterReducer, INITIAL);
  const today = useToday();
  const filter = toHistoryFilter(state, today);
  return { state, filter, dispatch };
}
