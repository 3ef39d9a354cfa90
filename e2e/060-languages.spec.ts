import { FAST_RULES, hostApi } from './support/api';
import { expect, test } from './support/host.fixture';
import { overflowing } from './support/overflow';
import { openApp } from './support/ui';

const SHOTS = 'e2e/.artifacts/screens';

const UI = {
  it: { nav: ['Riunione', 'Clienti', 'Frasario', 'Impostazioni'], start: /Avvia/, offTopic: 'Fuori tema' },
  ru: { nav: ['Встреча', 'Клиенты', 'Фразы', 'Настройки'], start: /Начать/, offTopic: 'Не по теме' },
} as const;

for (const lang of ['it', 'ru'] as const) {
  test(`the UI speaks ${lang}, and nothing overflows — on the dashboard and in the narrow overlay`, async ({
    page,
    host,
    context,
  }) => {
    const api = await hostApi(host);
    await api.ok({ type: 'settings.update', patch: { uiLanguage: lang, nudgeRules: FAST_RULES } });
    await api.ok({
      type: 'clients.save',
      client: {
        id: 'c1',
        name: 'Анна Кузнецова-Разумовская',
        hourlyRateMinor: 500000,
        currency: 'RUB',
        language: lang,
        address: 'formal',
      },
    });

    await openApp(page, host.url);
    const nav = page.getByRole('navigation');
    for (const label of UI[lang].nav) await expect(nav.getByRole('link', { name: label })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await page.getByRole('button', { name: UI[lang].start }).first().waitFor();
    for (const [i, link] of UI[lang].nav.entries()) {
      await nav.getByRole('link', { name: link }).click();
      await page.waitForTimeout(200);
      expect(await overflowing(page), `${lang} dashboard page ${i}`).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/${lang}-dashboard-${i}.png`, fullPage: true });
    }

    await api.ok({
      type: 'meeting.create',
      plan: {
        id: 'm1',
        title: lang === 'ru' ? 'Еженедельный созвон по проекту' : 'Chiamata settimanale sul progetto',
        clientId: 'c1',
        capSec: 3600,
        chatAtEndSec: 300,
        items: [
          {
            id: 'a',
            title:
              lang === 'ru'
                ? 'Согласование бюджета и сроков третьего квартала'
                : 'Revisione del budget e delle scadenze del terzo trimestre',
            budgetSec: 600,
          },
          { id: 'b', title: lang === 'ru' ? 'План запуска' : 'Piano di lancio', budgetSec: 900 },
        ],
      },
    });
    await api.ok({ type: 'meeting.command', command: { type: 'start' } });
    // The overlay window is 340 px wide in the app.
    const overlay = await context.newPage();
    await overlay.setViewportSize({ width: 388, height: 640 });
    await overlay.goto(`${host.origin}/#/overlay`);
    await expect(overlay.getByRole('button', { name: UI[lang].offTopic })).toBeVisible();
    await overlay.keyboard.press('o');
    await expect(overlay.getByTestId('nudge-card')).toBeVisible({ timeout: 5000 });
    await overlay.keyboard.press('x');
    await overlay.waitForTimeout(300);
    expect(await overflowing(overlay), `${lang} overlay`).toEqual([]);
    await overlay.screenshot({ path: `${SHOTS}/${lang}-overlay.png` });
    await api.close();
  });
}
