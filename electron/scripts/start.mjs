// `npm start [-- --web] [-- --port N]`: build the renderer and the Electron bundles, then launch the
// desktop app. Electron's binary is not in the npm package: it is downloaded from GitHub on first
// use. Where that download cannot finish within a short time (no internet, a locked-down office
// network, the build machines here), say so plainly and start browser mode instead (`npm run web`).
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { findElectronBinary } from './electronBinary.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);
const timeoutSeconds =
  Number(process.env.PLANDRAFT_ELECTRON_TIMEOUT) > 0 ? Number(process.env.PLANDRAFT_ELECTRON_TIMEOUT) : 20;

const argv = process.argv.slice(2);
const webOnly = argv.includes('--web');
const passThrough = argv.filter((a) => a !== '--web');

const say = (vi, en) => process.stderr.write(`${vi}\n${en}\n`);

/** Runs a build step on this same Node (22, from node_modules); stops `npm start` if it fails. */
function build(label, script, args) {
  say(`Đang dựng ${label.vi}…`, `Building ${label.en}…`);
  const r = spawnSync(process.execPath, [script, ...args], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (r.status !== 0) {
    say(`Dựng ${label.vi} thất bại.`, `Building ${label.en} failed.`);
    process.exit(r.status ?? 1);
  }
}

/** The Electron executable, or null when the package was installed without its binary. */
function electronBinary() {
  try {
    return findElectronBinary(path.dirname(require.resolve('electron/package.json')));
  } catch {
    return null;
  }
}

/** Runs Electron's own installer (download + unzip) with a time limit; returns why it failed ({vi, en}), or null. */
function downloadElectron() {
  let installer;
  try {
    installer = require.resolve('electron/install.js');
  } catch {
    return { vi: 'chưa cài gói electron', en: 'the electron package is not installed' };
  }
  say(
    `Đang tải phần vỏ máy tính (Electron), tối đa ${timeoutSeconds} giây…`,
    `Downloading the desktop shell (Electron), at most ${timeoutSeconds} s…`,
  );
  const r = spawnSync(process.execPath, [installer], {
    cwd: path.dirname(installer),
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: timeoutSeconds * 1000,
    killSignal: 'SIGKILL',
    encoding: 'utf8',
  });
  if (r.error?.code === 'ETIMEDOUT' || r.signal) {
    return { vi: `không có phản hồi sau ${timeoutSeconds} giây`, en: `no answer within ${timeoutSeconds} s` };
  }
  if (r.status !== 0) {
    const firstLine = `${r.stderr}\n${r.stdout}`.split('\n').find((l) => l.trim() !== '');
    const detail = firstLine?.trim() ?? `installer exit code ${r.status}`;
    return { vi: detail, en: detail };
  }
  return null;
}

function startBrowserMode() {
  const child = spawn(process.execPath, [path.join(root, 'electron', 'scripts', 'web.mjs'), ...passThrough], {
    cwd: root,
    stdio: 'inherit',
  });
  forwardSignals(child);
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function forwardSignals(child) {
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
}

build({ vi: 'giao diện', en: 'the renderer' }, path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), [
  'build',
  '--config',
  'renderer/vite.config.ts',
  '--logLevel',
  'warn',
]);
build(
  { vi: 'tiến trình chính Electron', en: 'the Electron main process' },
  path.join(root, 'electron', 'scripts', 'build-electron.mjs'),
  [],
);

if (webOnly) {
  say('Chạy ở chế độ trình duyệt (--web).', 'Starting browser mode (--web).');
  startBrowserMode();
} else {
  let exe = electronBinary();
  let reason = null;
  if (exe === null) {
    reason = downloadElectron();
    exe = electronBinary();
  }
  if (exe === null) {
    say(
      [
        '',
        `Không tải được phần vỏ máy tính (Electron): ${reason?.vi ?? 'không rõ lý do'}.`,
        'Máy không có Internet hoặc mạng cơ quan chặn tải về. Dữ liệu của bạn không bị ảnh hưởng.',
        'PlanDraft chạy ở CHẾ ĐỘ TRÌNH DUYỆT: mở địa chỉ http://127.0.0.1:… in ở dòng cuối bên dưới bằng Chrome, Edge hoặc Firefox.',
        `(Khi có Internet, chạy lại "npm start" để dùng ứng dụng máy tính; đặt PLANDRAFT_ELECTRON_TIMEOUT=300 nếu mạng chậm.)`,
      ].join('\n'),
      [
        `The desktop shell (Electron) could not be downloaded: ${reason?.en ?? 'unknown reason'}.`,
        'There is no internet connection, or the network blocks the download. Your data is not affected.',
        'PlanDraft runs in BROWSER MODE: open the http://127.0.0.1:… address on the last line below in Chrome, Edge or Firefox.',
        `(With internet, run "npm start" again for the desktop app; set PLANDRAFT_ELECTRON_TIMEOUT=300 on a slow network.)`,
        '',
      ].join('\n'),
    );
    startBrowserMode();
  } else {
    say('Đang mở PlanDraft…', 'Starting PlanDraft…');
    const env = { ...process.env };
    // Set in a user's environment, this would make the binary a plain Node and skip our app.
    delete env.ELECTRON_RUN_AS_NODE;
    const child = spawn(exe, [root], {
      cwd: root,
      stdio: 'inherit',
      env,
      windowsHide: false,
    });
    forwardSignals(child);
    child.on('error', (e) => {
      say(
        `Không chạy được Electron (${e.message}); chuyển sang chế độ trình duyệt.`,
        `Electron could not run (${e.message}); starting browser mode instead.`,
      );
      startBrowserMode();
    });
    child.on('exit', (code, signal) => {
      if (code !== null || signal !== null) process.exit(code ?? 1);
    });
  }
}
