import type { TFunction } from 'i18next';
import type { AirtimePerson } from '../../../../../shared/transcript/transcript.airtime';

/**
 * How a row of the airtime tables is named: a participant by the plan, the user as "You" (with the transcript's
 * spelling, so a wrong match shows), anyone else as the transcript spells them.
 */
export function personLabel(person: AirtimePerson, names: readonly string[], t: TFunction): string {
  switch (person.kind) {
    case 'participant':
      return person.name;
    case 'you':
      return names[0] ? t('transcript.youAs', { name: names[0] }) : t('transcript.you');
    case 'speaker':
      return person.name;
    case 'none':
      return t('transcript.unnamed');
  }
}
