import { describe, expect, it } from 'vitest';
import { clientSchema } from '../client.schema';

const base = { id: 'c1', name: 'Acme' };

describe('a client’s form of address', () => {
  it('is the language’s default when not given', () => {
    expect(clientSchema.parse({ ...base, language: 'en' })).toMatchObject({
      address: 'neutral',
      groupAddress: null,
    });
    expect(clientSchema.parse({ ...base, language: 'de' }).address).toBe('formal');
    expect(clientSchema.parse({ ...base, language: 'vi' }).address).toBe('anhchi-em');
    expect(clientSchema.parse(base)).toMatchObject({ language: 'en', address: 'neutral' });
  });

  it('reads what 0.1 stored: a formal/informal switch in every language, and Vietnamese pronouns apart', () => {
    expect(clientSchema.parse({ ...base, language: 'en', address: 'informal' }).address).toBe('neutral');
    expect(clientSchema.parse({ ...base, language: 'ru', address: 'informal' }).address).toBe('informal');
    const vi = { ...base, language: 'vi', address: 'informal', vi: { you: 'em', me: 'chị' } };
    expect(clientSchema.parse(vi)).toMatchObject({ address: 'em-chi' });
    expect(clientSchema.parse(vi)).not.toHaveProperty('vi');
    expect(clientSchema.parse({ ...base, language: 'vi', address: 'informal' }).address).toBe('ban-minh');
    expect(clientSchema.parse({ ...base, language: 'vi', groupAddress: 'formal' }).groupAddress).toBe(
      'g-anhchi-em',
    );
  });

  it('refuses a form the language does not have, saying which', () => {
    const r = clientSchema.safeParse({ ...base, language: 'de', address: 'anh-em' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ path: ['address'], message: 'addressUnknown' });
  });
});
