/** What starts the clock on a nudge. Each trigger measures one duration and fires at thresholds on it. */
export const triggers = [
  'offTopic',
  'itemOverrun',
  'capNear',
  'capPassed',
  'chatOverrun',
  'adhocLength',
] as const;
export type Trigger = (typeof triggers)[number];

/** Families of lines in the phrase library; a trigger picks one from the meeting's context. */
export const situations = [
  'chattyClient',
  'groupDrift',
  'itemOverrun',
  'capNear',
  'capPassed',
  'chatAtEnd',
  'adhocCall',
  'hardTalk',
] as const;
export type Situation = (typeof situations)[number];

/** 1 = gentle, 2 = clear, 3 = firm. */
export const tiers = [1, 2, 3] as const;
export type Tier = (typeof tiers)[number];

export const nudgeActions = ['copied', 'typed'] as const;
export type NudgeAction = (typeof nudgeActions)[number];
