import fs from 'node:fs';
import path from 'node:path';

/**
 * Where the Electron executable is, or null when it is not installed. The same rule as the
 * `electron` package's index.js (path.txt names the executable inside dist/, or inside
 * ELECTRON_OVERRIDE_DIST_PATH), but without `require('electron')`, which starts a download of its
 * own and waits for it with no time limit.
 *
 * @param {string} electronDir the folder of the installed `electron` npm package
 * @param {Record<string, string | undefined>} env
 * @returns {string | null}
 */
export function findElectronBinary(electronDir, env = process.env) {
  const pathFile = path.join(electronDir, 'path.txt');
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : '';
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  let exe;
  if (override) exe = path.join(override, relative || 'electron');
  else if (relative) exe = path.join(electronDir, 'dist', relative);
  else return null;
  return fs.existsSync(exe) ? exe : null;
}
