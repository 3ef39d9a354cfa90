import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumLaunchOptions } from '../support/chromium';

/** Renders assets/icon.svg and assets/tray.svg to the PNG sizes the builders and the tray need. Run by hand. */
const assets = join(import.meta.dirname, '../../assets');
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage();

async function render(svgFile: string, size: number, out: string): Promise<void> {
  const svg = readFileSync(join(assets, svgFile), 'utf8');
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
  );
  writeFileSync(out, await page.screenshot({ omitBackground: true }));
}

for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024])
  await render('icon.svg', size, join(assets, 'icons', `${size}x${size}.png`));
await render('icon.svg', 1024, join(assets, 'icon.png'));
await render('tray.svg', 16, join(assets, 'trayTemplate.png'));
await render('tray.svg', 32, join(assets, 'trayTemplate@2x.png'));
await browser.close();
const sizes = [16, 24, 32, 48, 64, 128, 256].map((s) => join(assets, 'icons', `${s}x${s}.png`));
execFileSync('convert', [...sizes, join(assets, 'icon.ico')]);
