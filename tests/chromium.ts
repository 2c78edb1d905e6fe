// Which Chromium the browser tests drive: $CHROMIUM_PATH, else Playwright's own build if it was
// downloaded, else Debian's /usr/bin/chromium (Playwright cannot download browsers here).
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync(chromium.executablePath())) return undefined;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  throw new Error('找不到 Chromium：请安装（Debian：apt-get install chromium fonts-noto-cjk）或设置 CHROMIUM_PATH');
}
