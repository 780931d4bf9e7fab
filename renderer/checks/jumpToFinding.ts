import type { RangeLocation } from '../../shared/citations/planCitations.ts';
import { splitNumberSymbol } from '../../shared/model/fields/fieldAddress.ts';
import type { EditorSession } from '../editor/session/editorSession.ts';

/**
 * Scroll to the text of a finding and select it, through the editor session. The header's
 * number/symbol text is split back into its two inputs first (`text` is that derived text).
 */
export function jumpToFinding(
  session: EditorSession | null,
  loc: RangeLocation,
  text: string | undefined,
): void {
  if (!session) return;
  if (loc.address.kind === 'numberSymbol') {
    const part = splitNumberSymbol(text ?? '', loc.start, loc.end);
    session.select(part.address, 0, part.start, part.end);
    return;
  }
  session.select(loc.address, loc.paragraph, loc.start, loc.end);
}
