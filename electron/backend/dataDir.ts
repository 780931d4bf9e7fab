import os from 'node:os';
import path from 'node:path';

/** Product name as Electron's app.getName() reports it (package.json "productName"). */
export const PRODUCT_NAME = 'PlanDraft';

/**
 * The one workspace folder shared by the desktop app, the browser-mode host and the CLI:
 * PLANDRAFT_HOME when set, else the folder Electron's app.getPath('userData') names for this product
 * (appData/<productName>), computed here so that plain Node (CLI, web host) agrees with Electron.
 */
export function resolveDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
): string {
  const override = env.PLANDRAFT_HOME?.trim();
  if (override) return path.resolve(override);
  return path.join(appDataDir(env, platform, home), PRODUCT_NAME);
}

/** Electron's "appData": %APPDATA% on Windows, ~/Library/Application Support on macOS, XDG on Linux. */
export function appDataDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): string {
  if (platform === 'win32') return env.APPDATA ?? path.join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME ?? path.join(home, '.config');
}

/** File name of the workspace database inside the data folder. */
export const DATABASE_FILE = 'plandraft.sqlite';
