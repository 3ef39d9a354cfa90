import type { LocalePhrases } from '../phrase.types';

// Being written: see the phrase brief.
export const vi: LocalePhrases = {
  chattyClient: { 1: { formal: [], informal: [] }, 2: { formal: [], informal: [] }, 3: { formal: [], informal: [] } },
  groupDrift: { 1: { formal: [], informal: [] }, 2: { formal: [], informal: [] }, 3: { formal: [], informal: [] } },
  itemOverrun: { 1: { formal: [], informal: [] }, 2: { formal: [], informal: [] }, 3: { formal: [], informal: [] } },
  capNear: { 1: { formal: [], informal: [] }, 2: { formal: [], informal: [] }, 3: { formal: [], informal: [] } },
  capPassed: { 1: { formal: [], informal: [] }, 2: { formal: [], informal: [] }, 3: { formal: [], informal: [] } },
  chatAtEnd: { 1: { formal: [], informal: [] }, 2: { formal: [], informal: [] }, 3: { formal: [], informal: [] } },
  adhocCall: { 1: { formal: [], informal: [] }, 2: { formal: [], informal: [] }, 3: { formal: [], informal: [] } },
  hardTalk: { 1: { formal: [], informal: [] }, 2: { formal: [], informal: [] }, 3: { formal: [], informal: [] } },
};
