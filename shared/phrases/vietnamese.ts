import { z } from 'zod';

/** What a Vietnamese speaker calls the client, and themselves, in a business call. */
export const viAddressValues = ['anh', 'chị', 'em', 'bạn', 'quý khách'] as const;
export const viSelfValues = ['em', 'anh', 'chị', 'tôi', 'mình'] as const;
export type ViAddress = (typeof viAddressValues)[number];
export type ViSelf = (typeof viSelfValues)[number];

export const viPronounsSchema = z.object({
  you: z.enum(viAddressValues).default('quý khách'),
  me: z.enum(viSelfValues).default('tôi'),
});

/** The usual self-pronoun for each way of addressing the client; the user can change it. */
export const DEFAULT_VI_SELF: Record<ViAddress, ViSelf> = {
  anh: 'em',
  chị: 'em',
  em: 'tôi',
  bạn: 'mình',
  'quý khách': 'tôi',
};
