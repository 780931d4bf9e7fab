import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNearestNodeFromDOMNode, $isTextNode } from 'lexical';
import { useEffect } from 'react';
import type { FieldAddress } from '../../../shared/model/fields/fieldAddress.ts';
import { $paragraphs, pointToOffset } from '../../checks/lexicalParagraphs.ts';
import { useI18n } from '../../i18n/I18n.tsx';
import { useFieldReferences } from './ReferenceLinks.tsx';

/** The DOM text position under the mouse (caretPositionFromPoint, or WebKit's older spelling). */
function domPointAt(x: number, y: number): { node: Node; offset: number } | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const p = document.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = document.caretRangeFromPoint(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

/**
 * Hovering an internal reference in a rich-text field shows the target it is linked to
 * ("→ Mục II, 6: …") as the field's tooltip; elsewhere in the field there is none.
 */
export function ReferenceHoverPlugin({ field }: { field: FieldAddress | undefined }) {
  const [editor] = useLexicalComposerContext();
  const refs = useFieldReferences(field);
  const { lang } = useI18n();
  useEffect(() => {
    if (refs.length === 0) return;
    const title = (root: HTMLElement, x: number, y: number): string => {
      const at = domPointAt(x, y);
      if (!at || !root.contains(at.node)) return '';
      // editor.read: mapping a DOM node to its Lexical node needs the editor active, not only its state.
      return editor.read(() => {
        const node = $getNearestNodeFromDOMNode(at.node);
        if (!$isTextNode(node)) return '';
        const paras = $paragraphs();
        const pos = pointToOffset(paras, { key: node.getKey(), offset: at.offset, type: 'text' });
        if (!pos) return '';
        const text = paras[pos.paragraph]?.text ?? '';
        const hit = refs.find(
          (r) =>
            r.paragraph === pos.paragraph &&
            r.start <= pos.offset &&
            pos.offset <= r.end &&
            text.slice(r.start, r.end) === r.text,
        );
        if (!hit) return '';
        return lang === 'en' ? hit.titleEn : hit.title;
      });
    };
    // The root element may arrive (or change) after this plugin mounts: follow it.
    return editor.registerRootListener((root, previous) => {
      previous?.removeAttribute('title');
      if (!root) return;
      const onMove = (e: MouseEvent) => {
        const t = title(root, e.clientX, e.clientY);
        if (t) root.title = t;
        else root.removeAttribute('title');
      };
      const onLeave = () => root.removeAttribute('title');
      root.addEventListener('mousemove', onMove);
      root.addEventListener('mouseleave', onLeave);
      return () => {
        root.removeEventListener('mousemove', onMove);
        root.removeEventListener('mouseleave', onLeave);
        root.removeAttribute('title');
      };
    });
  }, [editor, refs, lang]);
  return null;
}
