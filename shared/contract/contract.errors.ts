import type { z } from 'zod';
import type { ContractError } from './contract';

/** The first zod issue as a contract error that names where the message went wrong. */
export function zodToContractError(
  error: z.ZodError,
  code: ContractError['code'] = 'badMessage',
): ContractError {
  const issue = error.issues[0];
  const path = issue?.path.map(String).join('.') ?? '';
  return {
    code,
    message: issue ? `${path ? `${path}: ` : ''}${issue.message}` : 'invalid message',
    ...(path ? { path } : {}),
  };
}
