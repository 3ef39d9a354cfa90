import type { z } from 'zod';
import type { ContractError, ContractErrorCode } from './contract';
import { errorText, isErrorKey, type ErrorKey, type ErrorParams } from './error.catalog';

/** A refusal with its key, parameters and English text. */
export function contractError(
  code: ContractErrorCode,
  key: ErrorKey,
  params: ErrorParams = {},
  path?: string,
): ContractError {
  return { code, key, params, message: errorText(key, params), ...(path ? { path } : {}) };
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

/**
 * What a schema issue means, as a key and parameters the UI can translate. Schemas name their own refusals with
 * catalog keys as messages; otherwise the issue's kind decides ("keep it under 200 characters (it has 500)").
 */
export function describeIssue(
  issue: z.core.$ZodIssue,
  input?: unknown,
): { key: ErrorKey; params: ErrorParams } {
  const value = valueAt(input, issue.path);
  const field = issue.path.length > 0 ? String(issue.path.at(-1)) : '';
  const length =
    typeof value === 'string' ? [...value.trim()].length : Array.isArray(value) ? value.length : 0;
  switch (issue.code) {
    case 'too_big':
      if (issue.origin === 'string')
        return { key: 'tooLong', params: { max: Number(issue.maximum), actual: length, field } };
      if (issue.origin === 'array') return { key: 'tooMany', params: { max: Number(issue.maximum), field } };
      break;
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1 && !isErrorKey(issue.message))
        return { key: 'required', params: { field } };
      if (issue.origin === 'string' && !isErrorKey(issue.message))
        return { key: 'tooShort', params: { min: Number(issue.minimum), field } };
      if (issue.origin === 'array' && !isErrorKey(issue.message))
        return { key: 'tooFew', params: { min: Number(issue.minimum), field } };
      break;
  }
  if (isErrorKey(issue.message)) {
    const params: ErrorParams = { field };
    if (issue.code === 'custom' && issue.params) Object.assign(params, issue.params);
    if ('maximum' in issue) params.max = Number(issue.maximum);
    if ('minimum' in issue) params.min = Number(issue.minimum);
    return { key: issue.message, params };
  }
  switch (issue.code) {
    case 'too_big':
      return { key: 'tooHigh', params: { max: Number(issue.maximum), field } };
    case 'too_small':
      return { key: 'tooLow', params: { min: Number(issue.minimum), field } };
    case 'invalid_type':
      return value === undefined
        ? { key: 'required', params: { field } }
        : { key: 'badMessage', params: { detail: issue.message, field } };
    case 'invalid_value':
    case 'invalid_union':
      return { key: 'notAllowedValue', params: { field } };
    case 'invalid_format':
      return { key: 'badFormat', params: { field } };
    default:
      return { key: 'badMessage', params: { detail: issue.message, field } };
  }
}

/** The first zod issue as a contract error that names where the input went wrong. */
export function zodToContractError(
  error: z.ZodError,
  code: ContractErrorCode = 'badMessage',
  input?: unknown,
): ContractError {
  const issue = error.issues[0];
  if (!issue) return contractError(code, 'badMessage', { detail: 'invalid' });
  const path = issue.path.map(String).join('.');
  const { key, params } = describeIssue(issue, input);
  const e = contractError(code, key, params, path);
  return { ...e, message: path ? `${path}: ${e.message}` : e.message };
}
