import { strFromU8, unzipSync, type UnzipFileInfo } from 'fflate';
import { AppError } from '../contract/appError.ts';

/**
 * Safe reading of an OOXML (zip) package. Word files arrive from outside the office, so the zip is
 * treated as hostile: declared sizes are checked before anything is inflated (zip bombs), and the
 * total inflated size and the entry count are capped.
 */
export interface PackageLimits {
  maxEntries: number;
  /** Largest single inflated entry, bytes. */
  maxEntryBytes: number;
  /** Largest total inflated size, bytes. */
  maxTotalBytes: number;
  /** Largest compression ratio accepted for an entry above 1 MB. */
  maxRatio: number;
}

export const DEFAULT_PACKAGE_LIMITS: PackageLimits = {
  maxEntries: 5000,
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 200 * 1024 * 1024,
  maxRatio: 200,
};

export type OoxmlPackage = Map<string, Uint8Array>;

function notZip(): AppError {
  return new AppError(
    'not_a_docx',
    'Tệp không phải tài liệu Word .docx hợp lệ (không đọc được định dạng zip).',
    'The file is not a valid Word .docx document (not a readable zip).',
  );
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

/**
 * Unzip the entries whose names `wanted` accepts (all by default). Throws AppError with a bilingual
 * message on anything broken or suspicious; never hangs on a bomb because sizes are checked first.
 */
export function readPackage(
  bytes: Uint8Array,
  wanted: (name: string) => boolean = () => true,
  limits: PackageLimits = DEFAULT_PACKAGE_LIMITS,
): OoxmlPackage {
  if (!isZip(bytes)) throw notZip();
  let entries = 0;
  let total = 0;
  let refused: AppError | null = null;
  const filter = (file: UnzipFileInfo): boolean => {
    entries += 1;
    if (entries > limits.maxEntries) {
      refused ??= new AppError(
        'docx_too_large',
        'Tệp Word có quá nhiều thành phần.',
        'The Word file has too many parts.',
      );
      return false;
    }
    if (!wanted(file.name)) return false;
    const ratio = file.size > 0 ? file.originalSize / file.size : 0;
    total += file.originalSize;
    if (
      file.originalSize > limits.maxEntryBytes ||
      total > limits.maxTotalBytes ||
      (file.originalSize > 1024 * 1024 && ratio > limits.maxRatio)
    ) {
      refused ??= new AppError(
        'docx_bomb',
        'Tệp Word bất thường: nội dung giải nén quá lớn (nghi "zip bomb"), đã dừng đọc.',
        'Suspicious Word file: its content inflates to an excessive size (zip bomb); reading stopped.',
      );
      return false;
    }
    return true;
  };
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter });
  } catch {
    throw notZip();
  }
  if (refused) throw refused;
  // Declared sizes can lie: check what was actually inflated too.
  let actual = 0;
  for (const data of Object.values(files)) actual += data.length;
  if (actual > limits.maxTotalBytes) {
    throw new AppError(
      'docx_bomb',
      'Tệp Word bất thường: nội dung giải nén quá lớn.',
      'Suspicious Word file: inflated content too large.',
    );
  }
  return new Map(Object.entries(files));
}

export function entryText(pkg: OoxmlPackage, name: string): string | null {
  const data = pkg.get(name);
  return data ? strFromU8(data) : null;
}
