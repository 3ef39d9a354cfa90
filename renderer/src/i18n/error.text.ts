import type { TFunction } from 'i18next';
import type { ErrorKey, ErrorParams } from '../../../shared/contract/error.catalog';
import { RequestError } from '../transport/transport';

/** A refusal as the host or a schema names it: a catalog key and its parameters (a ContractError is one too). */
export interface ErrorDescription {
  key: ErrorKey;
  params: ErrorParams;
}

const STATES = ['planned', 'running', 'paused', 'ended'] as const;

/** A refusal in the UI's language, with its parameters filled in. */
export function errorMessage(e: ErrorDescription, t: TFunction): string {
  const params: Record<string, string | number> = { ...e.params };
  const state = params.state;
  if (typeof state === 'string' && (STATES as readonly string[]).includes(state))
    params.state = t(`meetingState.${state as (typeof STATES)[number]}`);
  return t(`errors.${e.key}`, params);
}

/** Whatever a failed request rejected with, in words for the user. */
export function describeError(e: unknown, t: TFunction): string {
  if (e instanceof RequestError) return errorMessage(e.error, t);
  return e instanceof Error ? e.message : String(e);
}
