import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError } from '../../../shared/contract/appError.ts';

const CANDIDATES: Record<string, string[]> = {
  win32: [
    'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
    'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe',
  ],
  darwin: ['/Applications/LibreOffice.app/Contents/MacOS/soffice'],
  linux: [
    '/usr/bin/soffice',
    '/usr/bin/libreoffice',
    '/usr/lib/libreoffice/program/soffice',
    '/snap/bin/libreoffice',
  ],
};

/** Where LibreOffice is: PLANDRAFT_SOFFICE, else the usual install places, else the PATH. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | null {
  const explicit = env['PLANDRAFT_SOFFICE'];
  if (explicit) return fs.existsSync(explicit) ? explicit : null;
  for (const c of CANDIDATES[process.platform] ?? []) if (fs.existsSync(c)) return c;
  const exe = process.platform === 'win32' ? ['soffice.exe'] : ['soffice', 'libreoffice'];
  for (const dir of (env['PATH'] ?? '').split(path.delimiter)) {
    for (const name of exe) {
      const full = path.join(dir, name);
      if (dir && fs.existsSync(full)) return full;
    }
  }
  return null;
}

export function libreOfficeMissing(): AppError {
  return new AppError(
    'doc_needs_libreoffice',
    'Tệp Word cũ (.doc) cần LibreOffice để chuyển sang .docx, nhưng máy chưa cài LibreOffice. Hãy cài LibreOffice (miễn phí, libreoffice.org), hoặc mở tệp bằng Word và "Lưu thành" .docx rồi nhập lại.',
    'Old Word files (.doc) need LibreOffice to be converted to .docx, and LibreOffice is not installed. Install LibreOffice (free, libreoffice.org), or open the file in Word, "Save as" .docx and import again.',
  );
}

/**
 * Convert an old binary .doc (or .rtf) to .docx with LibreOffice, headless, in a private temporary
 * folder with its own profile (so a running LibreOffice of the user is not disturbed), within a
 * time limit. The result is then imported like any .docx.
 */
export async function convertToDocx(
  bytes: Uint8Array,
  ext: '.doc' | '.rtf',
  env: NodeJS.ProcessEnv = process.env,
): Promise<Uint8Array> {
  const soffice = findSoffice(env);
  if (!soffice) throw libreOfficeMissing();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plandraft-doc-'));
  try {
    const input = path.join(dir, `input${ext}`);
    fs.writeFileSync(input, bytes);
    const profile = pathToFileURL(path.join(dir, 'profile')).href;
    await new Promise<void>((resolve, reject) => {
      execFile(
        soffice,
        [
          '--headless',
          '--norestore',
          '--nolockcheck',
          `-env:UserInstallation=${profile}`,
          '--convert-to',
          'docx',
          '--outdir',
          dir,
          input,
        ],
        { timeout: 120_000, windowsHide: true },
        (err) => (err ? reject(err) : resolve()),
      );
    }).catch((e: unknown) => {
      throw new AppError(
        'doc_conversion_failed',
        'LibreOffice không chuyển được tệp .doc sang .docx. Hãy mở tệp bằng Word và lưu thành .docx.',
        'LibreOffice could not convert the .doc file to .docx. Open it in Word and save it as .docx.',
        (e as Error).message,
      );
    });
    const out = path.join(dir, 'input.docx');
    if (!fs.existsSync(out)) {
      throw new AppError(
        'doc_conversion_failed',
        'LibreOffice không tạo được tệp .docx từ tệp này (tệp hỏng hoặc không phải tài liệu Word).',
        'LibreOffice produced no .docx from this file (it is broken or not a Word document).',
      );
    }
    return new Uint8Array(fs.readFileSync(out));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
