import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { convertToDocx, findSoffice } from '../../electron/backend/reuse/convertWithLibreOffice.ts';
import { decodeTextFile, importFileBytes } from '../../electron/backend/reuse/importFile.ts';
import { runChecks } from '../../shared/checks/checkPlan.ts';
import { scanPlan } from '../../shared/citations/planCitations.ts';
import { AppError } from '../../shared/contract/appError.ts';
import { TYPE_NAMES } from '../../shared/import/recognisePatterns.ts';
import { exportPlanDocx } from '../../shared/export/exportPlanDocx.ts';
import { plainText } from '../../shared/model/richText.ts';
import type { Plan } from '../../shared/model/plan.ts';
import { allItems, planTasks } from '../../shared/model/walk.ts';
import { labelSchema, type Label } from '../fixtures/real/labelSchema.ts';
import { docxParagraphs } from './docxParagraphs.ts';
import {
  citationScore,
  placedShare,
  recipientsFound,
  tasksFound,
  type FoundTask,
  textKept,
  type CitationScore,
  type Found,
  type Share,
  type TextKept,
} from './metrics.ts';
import { taskTablesFound, type TaskTablesFound } from './taskTablesFound.ts';

// The measurements of issue 10, point 7, on the real documents of test/fixtures/real: each document
// goes through the product exactly as `plandraft import` takes it (importFileBytes), then export,
// citation scan and checks; the figures are compared with the file itself and its hand-made label.

export const CORPUS_DIR = fileURLToPath(new URL('../fixtures/real/', import.meta.url));

/** refused: the product declined the file with its own message (a PDF without usable text). */
export type FileStatus = 'measured' | 'not-supported' | 'refused' | 'skipped' | 'failed';

export interface ErrorFinding {
  rule: string;
  excerpt: string;
  message: string;
}

export interface FileMeasure {
  file: string;
  format: string;
  status: FileStatus;
  /** Why a file was not measured (Vietnamese / English). */
  note: string | null;
  placed: Share | null;
  textKept: TextKept | null;
  tasks: (Found & { productTasks: number }) | null;
  recipients: Found | null;
  /** Appendix task tables and their rows against the label (null: the label describes no tables). */
  taskTables: TaskTablesFound | null;
  citations: CitationScore | null;
  errors: ErrorFinding[] | null;
}

export interface CorpusTotals {
  files: number;
  measured: number;
  notSupported: number;
  refused: number;
  skipped: number;
  failed: number;
  placed: Share;
  textKept: Share;
  /** Source paragraphs kept only under another number ("a)" printed "1.1."). */
  renumbered: number;
  tasks: Share;
  recipients: Share;
  /** Labelled appendix task tables found, and their data rows found. */
  taskTables: Share;
  taskTableRows: Share;
  /** Task-like appendix tables the labels do not have. */
  extraTaskTables: number;
  citations: {
    labelled: number;
    extracted: number;
    truePositives: number;
    recall: number;
    precision: number;
  };
  errors: number;
}

export interface CorpusResult {
  files: FileMeasure[];
  totals: CorpusTotals;
}

const NOT_DOCUMENTS = new Set([
  'README.md',
  'SOURCES.md',
  'COMPARISON.md',
  'labels.test.ts',
  'labelSchema.ts',
  'labels',
]);

export function corpusFiles(dir: string = CORPUS_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => !NOT_DOCUMENTS.has(name))
    .sort();
}

function readLabel(dir: string, file: string): Label {
  const base = file.slice(0, file.length - extname(file).length);
  return labelSchema.parse(JSON.parse(readFileSync(join(dir, 'labels', `${base}.json`), 'utf8')));
}

const unmeasured = (file: string, status: FileStatus, note: string): FileMeasure => ({
  file,
  format: extname(file).slice(1),
  status,
  note,
  placed: null,
  textKept: null,
  tasks: null,
  recipients: null,
  taskTables: null,
  citations: null,
  errors: null,
});

/** The bytes the importer takes and the source paragraphs read independently of it (null: no reader). */
async function prepare(
  file: string,
  bytes: Uint8Array,
): Promise<{ name: string; bytes: Uint8Array; source: string[] | null }> {
  const ext = extname(file).toLowerCase();
  // A web copy's "|" separates the cells of the site's table (README): each cell is a paragraph.
  if (ext === '.txt')
    return {
      name: file,
      bytes,
      source: decodeTextFile(bytes)
        .split(/\r?\n/u)
        .flatMap((l) => l.split('|')),
    };
  if (ext === '.docx') return { name: file, bytes, source: docxParagraphs(bytes) };
  if (ext === '.doc') {
    // Converted once here and handed to the importer as the .docx it would have made of it, so
    // that LibreOffice runs once per file (importFileBytes converts a .doc the same way).
    const docx = await convertToDocx(bytes, '.doc');
    return { name: `${file}x`, bytes: docx, source: docxParagraphs(docx) };
  }
  if (ext === '.pdf') return { name: file, bytes, source: pdftotextLines(bytes) };
  return { name: file, bytes, source: null };
}

/** The product's tasks as the task figure compares them (metrics.ts): a body task with its group. */
function foundTasks(plan: Plan): FoundTask[] {
  const parents = new Map(allItems(plan).map(({ item, parent }) => [item.id, parent]));
  return planTasks(plan).map((t) => {
    const title = t.title.trim() || plainText(t.body);
    if (t.type !== 'item') return { title };
    const first = t.body[0];
    return {
      title,
      lead: t.fields?.lead ?? null,
      group: parents.get(t.id)?.title ?? null,
      firstParagraph: first ? plainText([first]) : null,
    };
  });
}

/**
 * A PDF's lines as poppler's pdftotext reads them (null when it is not installed): a reader
 * independent of the importer's. Its physical layout mode (-layout) is used because the default
 * mode "dehyphenates" — it joins a line ending in "-" to the next and drops the hyphen
 * ("nhiệm kỳ 2026-" / "2031;" becomes "20262031;"), which no document says. That mode prints the
 * header's and the closing block's two columns side by side: a run of three spaces or more
 * separates them, and each column's text is a line of its own. Lines that are only a number are
 * left out: page numbers, which the importer drops on purpose.
 */
function pdftotextLines(bytes: Uint8Array): string[] | null {
  const run = spawnSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], {
    input: bytes,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error !== undefined || run.status !== 0) return null;
  return run.stdout
    .toString('utf8')
    .split(/\r?\n|\f/u)
    .flatMap((l) => l.split(/\s{3,}/u))
    .filter((l) => !/^\s*\d{1,3}\s*$/u.test(l));
}

const REFUSED = new Set(['pdf_no_text', 'pdf_unreadable_text']);

/**
 * A draft's mark typed on its type name's line ("DỰ THẢO BÁO CÁO") is two things on the way back:
 * the mark, which the draft export draws in its page header, and the type name, printed as the
 * title. Each must be found; nothing else is split.
 */
function draftMarkApart(paragraph: string): string[] {
  const m = /^\s*((?:BẢN\s+)?DỰ\s+THẢO)\s+(\S.*?)\s*$/u.exec(paragraph);
  return m && TYPE_NAMES.includes((m[2] ?? '').replace(/\s+/gu, ' '))
    ? [m[1] ?? '', m[2] ?? '']
    : [paragraph];
}

/** One document: import, export, citations and checks, each figure against the file and its label. */
export async function measureFile(file: string, dir: string = CORPUS_DIR): Promise<FileMeasure> {
  const label = readLabel(dir, file);
  const ext = extname(file).toLowerCase();
  if (ext === '.doc' && findSoffice() === null)
    return unmeasured(
      file,
      'skipped',
      'bỏ qua: chưa cài LibreOffice (soffice) / skipped: LibreOffice (soffice) is not installed',
    );
  let input;
  let imported;
  try {
    input = await prepare(file, readFileSync(join(dir, file)));
    imported = await importFileBytes(input.name, input.bytes);
  } catch (e) {
    if (e instanceof AppError && e.code === 'unsupported_file')
      return unmeasured(file, 'not-supported', 'chưa hỗ trợ / not supported yet');
    if (e instanceof AppError && REFUSED.has(e.code)) return unmeasured(file, 'refused', e.message);
    const message = e instanceof Error ? e.message : String(e);
    return unmeasured(file, 'failed', `nhập lỗi / import failed: ${message}`);
  }
  const { plan, report } = imported;
  // A source that carries its own "DỰ THẢO" mark is a draft: it goes back out as a draft, whose
  // export draws the mark in the page header (the source's mark is not plan text).
  const draft = report.sourceDraft === true;
  const exported = docxParagraphs(await exportPlanDocx(plan, { draft, exportedAt: null }), {
    headers: draft,
  });
  const found = foundTasks(plan);
  const { findings } = runChecks(plan);
  return {
    file,
    format: ext.slice(1),
    status: 'measured',
    note: null,
    placed: placedShare(report),
    textKept:
      input.source === null
        ? null
        : textKept(draft ? input.source.flatMap(draftMarkApart) : input.source, exported),
    tasks: { ...tasksFound(label.tasks, found), productTasks: found.length },
    recipients: recipientsFound(label.recipients, plan.recipients.entries),
    taskTables:
      label.taskTables === undefined
        ? null
        : taskTablesFound(
            label.taskTables,
            plan.appendices.map((a) => a.table),
          ),
    citations: citationScore(label.citations, scanPlan(plan).citations),
    errors: findings
      .filter((f) => f.severity === 'error')
      .map((f) => ({ rule: f.rule, excerpt: f.excerpt, message: f.message })),
  };
}

const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

function pooled(shares: Share[]): Share {
  const hit = sum(shares.map((s) => s.hit));
  const of = sum(shares.map((s) => s.of));
  return { hit, of, share: of === 0 ? 1 : hit / of };
}

/** Totals pooled over the measured files (hits over all, not a mean of per-file shares). */
export function corpusTotals(files: FileMeasure[]): CorpusTotals {
  const measured = files.filter((f) => f.status === 'measured');
  const pick = <T>(get: (f: FileMeasure) => T | null): T[] =>
    measured.map(get).filter((v): v is T => v !== null);
  const cites = pick((f) => f.citations);
  const labelled = sum(cites.map((c) => c.labelled));
  const extracted = sum(cites.map((c) => c.extracted));
  const truePositives = sum(cites.map((c) => c.truePositives));
  return {
    files: files.length,
    measured: measured.length,
    notSupported: files.filter((f) => f.status === 'not-supported').length,
    refused: files.filter((f) => f.status === 'refused').length,
    skipped: files.filter((f) => f.status === 'skipped').length,
    failed: files.filter((f) => f.status === 'failed').length,
    placed: pooled(pick((f) => f.placed)),
    textKept: pooled(pick((f) => f.textKept)),
    renumbered: sum(pick((f) => f.textKept).map((k) => k.renumbered.length)),
    tasks: pooled(pick((f) => f.tasks)),
    recipients: pooled(pick((f) => f.recipients)),
    taskTables: pooled(pick((f) => f.taskTables?.tables ?? null)),
    taskTableRows: pooled(pick((f) => f.taskTables?.rows ?? null)),
    extraTaskTables: sum(pick((f) => f.taskTables).map((t) => t.extraTables)),
    citations: {
      labelled,
      extracted,
      truePositives,
      recall: labelled === 0 ? 1 : truePositives / labelled,
      precision: extracted === 0 ? 1 : truePositives / extracted,
    },
    errors: sum(pick((f) => f.errors).map((e) => e.length)),
  };
}

/** Every document of the corpus, one after the other (LibreOffice conversions are not parallel-safe here). */
export async function measureCorpus(dir: string = CORPUS_DIR): Promise<CorpusResult> {
  const files: FileMeasure[] = [];
  for (const file of corpusFiles(dir)) files.push(await measureFile(file, dir));
  return { files, totals: corpusTotals(files) };
}
