import type { HostInfo, HostPush } from '../shared/contract/contract';
import { hostApi } from './support/api';
import { expect, test } from './support/host.fixture';
import { openApp } from './support/ui';

const clientsIn = (p: HostPush): HostInfo['clients'] => (p.type === 'info' ? p.info.clients : []);

test('a client is addressed as the user chose: the pair, the contact, the team, kept across a language change', async ({
  page,
  host,
}) => {
  const api = await hostApi(host);
  await openApp(page, host.url, 'clients');

  await page.getByRole('button', { name: 'Add a client' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name').fill('Công ty Sao Mai');
  await dialog.getByLabel('Contact person').fill('Minh');
  await dialog.getByLabel('Language of the lines').selectOption({ label: 'Tiếng Việt' });
  const one = dialog.getByLabel('How you address them');
  const team = dialog.getByLabel('How you address their team');
  // The default until the user says which: the written anh/chị – em.
  await expect(one).toHaveValue('anhchi-em');
  await one.selectOption({ label: 'cô – cháu' });
  await expect(team.locator('option:checked')).toHaveText('As with them: cô chú – cháu');
  await dialog.getByRole('button', { name: 'Save' }).click();
  const saved = await api.next((p) => clientsIn(p).some((c) => c.name === 'Công ty Sao Mai'));
  expect(clientsIn(saved).find((c) => c.name === 'Công ty Sao Mai')).toMatchObject({
    contact: 'Minh',
    language: 'vi',
    address: 'co-chau',
    groupAddress: null,
  });

  // Phrases, previewed for this client: its language and pair, with the contact's name where a line calls them.
  await page.getByRole('link', { name: 'Phrases' }).click();
  await page.getByLabel('Preview for').selectOption({ label: 'Công ty Sao Mai' });
  await expect(page.getByLabel('Language', { exact: true })).toHaveValue('vi');
  await expect(page.getByLabel('Form of address')).toHaveValue('co-chau');
  const previews = page.getByRole('list', { name: 'Lines' }).locator('.phrase__preview');
  await expect(previews.first()).toBeVisible();
  for (const text of await previews.allTextContents()) {
    expect(text).not.toMatch(/[{}]/);
    const words = text.toLowerCase().split(/[\s,.!?:;“”"()]+/u);
    expect(
      words.some((w) => w === 'cô' || w === 'cháu'),
      text,
    ).toBe(true);
    expect(
      words.filter((w) => ['anh', 'chị', 'em'].includes(w)),
      text,
    ).toEqual([]);
  }

  // Their team, in the German the user speaks with them: Sie to the contact, ihr to the team.
  await page.getByRole('link', { name: 'Clients' }).click();
  await page.locator('.client', { hasText: 'Công ty Sao Mai' }).getByRole('button', { name: 'Edit' }).click();
  await dialog.getByLabel('Language of the lines').selectOption({ label: 'Deutsch' });
  // Speaking up to cô carries over as Sie; the team follows the contact until told otherwise.
  await expect(dialog.getByRole('button', { name: 'Formal (Sie)' })).toHaveAttribute('aria-pressed', 'true');
  await team.selectOption({ label: 'Informal (ihr)' });
  await dialog.getByLabel('Contact person').fill('Frau Weber');
  await dialog.getByRole('button', { name: 'Save' }).click();
  const german = await api.next((p) => clientsIn(p).some((c) => c.language === 'de'));
  expect(clientsIn(german)[0]).toMatchObject({
    address: 'formal',
    groupAddress: 'informal',
    contact: 'Frau Weber',
  });
  await expect(page.locator('.client', { hasText: 'Công ty Sao Mai' })).toContainText(
    'Formal (Sie) · Frau Weber',
  );
  await api.close();
});

test('a line the user adds says whom it speaks to, and is offered only to them', async ({ page, host }) => {
  const api = await hostApi(host);
  await openApp(page, host.url, 'phrases');
  await page.getByLabel('Language', { exact: true }).selectOption('de');
  await page.getByLabel('Situation').selectOption({ label: 'Item running over' });
  await page.getByRole('group', { name: 'Spoken to' }).getByRole('button', { name: 'A group' }).click();
  await page.getByLabel('Form of address').selectOption({ label: 'Informal (ihr)' });
  const box = page.getByLabel(/^New line/);
  await box.fill('Leute, „{item}“ ist durch – weiter geht’s!');
  await page
    .getByRole('group', { name: 'Who it speaks to' })
    .getByRole('button', { name: 'A group' })
    .click();
  await page.getByRole('button', { name: 'Add line' }).click();
  const added = await api.next((p) => p.type === 'info' && p.info.phrases.added.length > 0);
  expect(added.type === 'info' && added.info.phrases.added[0]).toMatchObject({
    locale: 'de',
    situation: 'itemOverrun',
    register: 'informal',
    audience: 'group',
  });
  const ours = page.getByRole('list', { name: 'Lines' }).getByRole('listitem').filter({ hasText: 'Leute,' });
  await expect(ours).toContainText('A group');
  // To one person this line is not offered.
  await page.getByRole('group', { name: 'Spoken to' }).getByRole('button', { name: 'One person' }).click();
  await expect(page.getByRole('list', { name: 'Lines' }).getByText('Leute,')).toHaveCount(0);
  await api.close();
});
