import { z } from 'zod';

/**
 * Portable rich text: paragraphs of runs. Deliberately not Lexical's state — the plan file must stay
 * readable by the exporter, the checks and the CLI, which know nothing of the editor. The renderer
 * converts to and from Lexical at its edge.
 */
export const runSchema = z.object({
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
  /** Registry id of a citation inserted from the registry, so it can be re-rendered full or short. */
  cite: z.string().optional(),
  /** Id of a plan node this run refers to (an internal reference such as "khoản 2 Mục IV"). */
  ref: z.string().optional(),
});
export type Run = z.infer<typeof runSchema>;

export const paragraphSchema = z.object({
  list: z.enum(['bullet', 'number']).optional(),
  runs: z.array(runSchema),
});
export type Paragraph = z.infer<typeof paragraphSchema>;

export const richTextSchema = z.array(paragraphSchema);
export type RichText = z.infer<typeof richTextSchema>;

export function paragraphText(p: Paragraph): string {
  return p.runs.map((r) => r.text).join('');
}

/** Plain text of rich text, one line per paragraph. */
export function plainText(rt: RichText): string {
  return rt.map(paragraphText).join('\n');
}

/** Rich text from plain text: one paragraph per non-empty line, NFC-normalised. */
export function richFromPlain(text: string, style: Omit<Run, 'text'> = {}): RichText {
  return text
    .normalize('NFC')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => ({ runs: [{ text: line, ...style }] }));
}

export function isRichTextEmpty(rt: RichText): boolean {
  return rt.every((p) => paragraphText(p).trim() === '');
}
