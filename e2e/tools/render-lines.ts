/**
 * Prints every built-in line of one language as it would be said, placeholders filled with realistic values, for a
 * native reader: `npx tsx e2e/tools/render-lines.ts it > it.md`. Each line appears once per form of address that
 * takes it (in Vietnamese, once per pronoun pair), with the minutes it is really shown with.
 */
import {
  situations,
  tiers,
  type Situation,
  type Tier,
  type Trigger,
} from '../../shared/meeting/meeting.vocabulary';
import { DEFAULT_NUDGE_RULES } from '../../shared/nudges/nudge.rules';
import { addressForms } from '../../shared/phrases/address.forms';
import { namedIn } from '../../shared/phrases/nudge.context';
import { fillLine, listOf } from '../../shared/phrases/phrase.format';
import { BUILTIN_LINES } from '../../shared/phrases/phrase.library';
import { SITUATION_LISTENERS } from '../../shared/phrases/phrase.placeholders';
import { locales, type Locale } from '../../shared/phrases/phrase.types';

/** {name} is what the user calls the client's contact: in German a surname with Sie, a given name with du. */
const SAMPLE: Record<
  Locale,
  {
    item: string;
    next: string;
    client: string;
    name: string;
    informalName?: string;
    /** The next person to speak, as a line names them; then two more waiting to speak. */
    people: [string, string, string];
  }
> = {
  en: {
    item: 'Budget review',
    next: 'Launch plan',
    client: 'Acme Studio',
    name: 'Anna',
    people: ['Marco', 'Sofia', 'Luca'],
  },
  it: {
    item: 'Revisione del budget',
    next: 'Piano di lancio',
    client: 'Caffè Rossi',
    name: 'Giulia',
    people: ['Marco', 'Sofia', 'Luca'],
  },
  es: {
    item: 'Revisión del presupuesto',
    next: 'Plan de lanzamiento',
    client: 'Estudio Sol',
    name: 'Lucía',
    people: ['Andrés', 'Marta', 'Jorge'],
  },
  fr: {
    item: 'Analyse des retours',
    next: 'Plan de lancement',
    client: 'Atelier Lumière',
    name: 'Émile',
    people: ['Anne', 'Julien', 'Claire'],
  },
  de: {
    item: 'Budgetplanung',
    next: 'Zeitplan',
    client: 'Schmidt & Söhne',
    name: 'Frau Weber',
    informalName: 'Anna',
    people: ['Jonas', 'Lea', 'Tobias'],
  },
  ro: {
    item: 'Revizuirea bugetului',
    next: 'Planul de lansare',
    client: 'Atelier Nord',
    name: 'Ioana',
    people: ['Andrei', 'Elena', 'Mihai'],
  },
  ru: {
    item: 'Проверка бюджета',
    next: 'План запуска',
    client: 'Студия Север',
    name: 'Ирина',
    people: ['Олег', 'Мария', 'Павел'],
  },
  vi: {
    item: 'Rà soát ngân sách',
    next: 'Kế hoạch ra mắt',
    client: 'Công ty Sao Mai',
    name: 'Minh',
    people: ['chị Lan', 'Hùng', 'Thảo'],
  },
};

const TRIGGER: Record<Situation, Trigger> = {
  chattyClient: 'offTopic',
  groupDrift: 'offTopic',
  itemOverrun: 'itemOverrun',
  hardTalk: 'itemOverrun',
  capNear: 'capNear',
  capPassed: 'capPassed',
  chatAtEnd: 'chatOverrun',
  adhocCall: 'adhocLength',
  turnLong: 'turnOverrun',
  roundHandover: 'roundTurn',
  quietInvite: 'quiet',
  queueLong: 'queueNearEnd',
};

/**
 * The minutes a line of this moment is said with, at the default thresholds: from when its tier fires (a tier with
 * no default a little past the last one) until the next tier takes over; time that has passed is quoted from three
 * minutes and money once it reaches ten euros, as the picker does. Time left counts down.
 */
function shownMinutes(situation: Situation, tier: Tier, cost: boolean): number[] {
  const trigger = TRIGGER[situation];
  // Time left is said rounded up ("1 minute left" at thirty seconds).
  const descending = trigger === 'capNear' || trigger === 'queueNearEnd';
  const mins = DEFAULT_NUDGE_RULES[trigger].map((s) => (descending ? Math.ceil(s / 60) : s / 60));
  const last = mins.at(-1)!;
  const beyond = tier - mins.length;
  if (descending) {
    const at = mins[tier - 1] ?? Math.max(1, last - 3 * beyond);
    const next = mins[tier] ?? (beyond < 0 ? Math.max(1, last - 3) : 0);
    return [...new Set([at, Math.max(1, next + 1)])];
  }
  const at = mins[tier - 1] ?? last + 5 * beyond;
  const next = mins[tier] ?? (beyond < 0 ? last + 5 : null);
  // At 60 €/h money reaches ten euros at ten minutes, the first figure the picker quotes.
  const from = Math.max(at, cost ? 10 : 3);
  return [...new Set([from, next === null ? from + 12 : Math.max(from, next - 1)])];
}

const locale = process.argv[2] as Locale;
if (!locales.includes(locale)) throw new Error(`usage: render-lines.ts <${locales.join('|')}>`);
const s = SAMPLE[locale];
const out: string[] = [`# Tactful lines in ${locale}, as said`, ''];
out.push(
  `Values: item «${s.item}», next «${s.next}», client «${s.client}», name «${s.name}»${s.informalName ? ` (informal: «${s.informalName}»)` : ''}, and the cost of those minutes at 60 €/h.`,
  '',
);
for (const situation of situations)
  for (const tier of tiers)
    for (const listeners of SITUATION_LISTENERS[situation])
      for (const register of [...new Set(addressForms(locale, listeners).map((f) => f.register))]) {
        const forms = addressForms(locale, listeners).filter((f) => f.register === register);
        const lines = BUILTIN_LINES.filter(
          (l) =>
            l.locale === locale &&
            l.situation === situation &&
            l.tier === tier &&
            l.register === register &&
            (l.audience === listeners || l.audience === 'any'),
        );
        if (lines.length === 0) continue;
        const who = listeners === 'one' ? 'one person' : 'a group';
        out.push(
          `## ${situation} · tier ${tier} · to ${who} · ${register} (${forms.map((f) => f.id).join(', ')})`,
        );
        // A turn, a handover, an invitation speak to a person in the room, as personVoice does.
        const toPerson = ['turnLong', 'roundHandover', 'quietInvite'].includes(situation);
        for (const l of lines) {
          const say = (minutes: number, form: (typeof forms)[number]) =>
            fillLine(l.text, {
              locale,
              minutes,
              item: s.item,
              next: s.next,
              client: s.client,
              name:
                listeners === 'one' ? (register === 'informal' ? (s.informalName ?? s.name) : s.name) : null,
              // 60 €/h: the cost of the minutes the line is shown with.
              cost: { amountMinor: minutes * 100, currency: 'EUR' },
              words: (toPerson ? namedIn(form, s.name) : form).words ?? null,
              nextName: s.people[0],
              queue: listOf(s.people, locale),
            });
          const minutes =
            l.text.includes('{minutes}') || l.text.includes('{cost}')
              ? shownMinutes(situation, tier, l.text.includes('{cost}'))
              : [5];
          // In Vietnamese the same line is said once per pronoun pair of its register; elsewhere there is one form.
          const said = forms.flatMap((f) =>
            minutes.map((m) => (forms.length > 1 ? `[${f.id}] ` : '') + `«${say(m, f)}»`),
          );
          out.push(`- \`${l.id}\` (${l.audience}) ${said.join(' / ')}`);
        }
        out.push('');
      }
process.stdout.write(out.join('\n'));
