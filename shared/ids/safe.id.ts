import { z } from 'zod';

/** Letters, digits, "-" and "_": an id can be a file name, a key, or part of a URL without escaping. */
export const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Names every plain object already answers to ("constructor", "toString", "__proto__"…): never an id of ours. */
const RESERVED = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

export function isSafeId(s: string): boolean {
  return SAFE_ID.test(s) && !RESERVED.has(s);
}

/** Every id a user (or a client) chooses: items, meetings, clients, templates, follow-ups, devices. */
export const safeIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(SAFE_ID, 'badId')
  .refine((s) => !RESERVED.has(s), 'reservedId');

/** What a record holds under its own key: never something inherited from Object.prototype. */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
