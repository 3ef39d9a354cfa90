import type { Audience, MeetingKind } from './agenda.schema';

/**
 * Templates Tactful ships. Their names and item titles are message keys: the UI writes them in the user's language
 * when a template is applied.
 */
export interface BuiltinTemplate {
  id: string;
  nameKey: string;
  items: { titleKey: string; budgetSec: number }[];
  capSec: number | null;
  chatAtEndSec: number;
  kind: MeetingKind;
  audience: Audience;
}

export const BUILTIN_TEMPLATES = [
  {
    // One call a week where everything is handled, instead of calls every day (situation 4).
    id: 'builtin.weekly',
    nameKey: 'templates.weekly.name',
    items: [
      { titleKey: 'templates.weekly.progress', budgetSec: 600 },
      { titleKey: 'templates.weekly.questions', budgetSec: 900 },
      { titleKey: 'templates.weekly.priorities', budgetSec: 600 },
      { titleKey: 'templates.weekly.collected', budgetSec: 300 },
    ],
    capSec: 2700,
    chatAtEndSec: 300,
    kind: 'scheduled',
    audience: 'one',
  },
  {
    // Announcing new terms at the start of a call with an existing client (situation 7).
    id: 'builtin.newTerms',
    nameKey: 'templates.newTerms.name',
    items: [
      { titleKey: 'templates.newTerms.announce', budgetSec: 300 },
      { titleKey: 'templates.newTerms.business', budgetSec: 2700 },
      { titleKey: 'templates.newTerms.nextSteps', budgetSec: 300 },
    ],
    capSec: 3600,
    chatAtEndSec: 300,
    kind: 'scheduled',
    audience: 'one',
  },
  {
    // A group meeting cut down to what matters (situation 6).
    id: 'builtin.team',
    nameKey: 'templates.team.name',
    items: [
      { titleKey: 'templates.team.updates', budgetSec: 600 },
      { titleKey: 'templates.team.decisions', budgetSec: 900 },
      { titleKey: 'templates.team.owners', budgetSec: 300 },
    ],
    capSec: 1800,
    chatAtEndSec: 0,
    kind: 'scheduled',
    audience: 'group',
  },
] as const satisfies readonly BuiltinTemplate[];
