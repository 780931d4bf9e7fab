import { useMemo } from 'react';
import type { Plan } from '../../../shared/model/plan.ts';
import { indentItem, outdentItem } from '../outlineEdit.ts';
import { appendToSection, emptyItem, insertAfter, moveInArray, moveNode } from '../planEdit.ts';
import type { EditorSession } from '../session/editorSession.ts';
import { focusFieldSoon, keepFocus } from './keepFocus.ts';
import type { ShortcutHandlers } from './useShortcuts.ts';

type SetPlan = (edit: (p: Plan) => Plan) => void;

/** The item and the section the focus is in (any field or button of theirs), from the DOM marks. */
function focusedPlace(): { item: string | null; section: string | null } {
  const el = document.activeElement;
  if (!(el instanceof HTMLElement)) return { item: null, section: null };
  return {
    item: el.closest('[data-item-id]')?.getAttribute('data-item-id') ?? null,
    section: el.closest('[data-section-id]')?.getAttribute('data-section-id') ?? null,
  };
}

const moveSection = (id: string, delta: number) => (p: Plan): Plan => {
  const i = p.sections.findIndex((s) => s.id === id);
  return i < 0 ? p : { ...p, sections: moveInArray(p.sections, i, delta) };
};

/**
 * New item, move, indent and outdent from the keyboard, on the item (or section) the focus is in —
 * the same edits as the item's buttons, so undo and the reference rewriting follow alike. Outside an
 * item or section, or on an issued plan, the keys are left alone.
 */
export function useOutlineShortcuts(
  setPlan: SetPlan,
  getPlan: () => Plan,
  session: EditorSession | null,
  readOnly: boolean,
): ShortcutHandlers {
  return useMemo(() => {
    if (readOnly) return {};
    const onItem = (edit: (id: string) => (p: Plan) => Plan, section?: (id: string) => (p: Plan) => Plan) => () => {
      const at = focusedPlace();
      const run = at.item !== null ? edit(at.item) : at.section !== null && section ? section(at.section) : null;
      if (!run) return false;
      keepFocus(session, () => setPlan(run));
      return true;
    };
    return {
      moveUp: onItem(
        (id) => (p) => moveNode(p, id, -1),
        (id) => moveSection(id, -1),
      ),
      moveDown: onItem(
        (id) => (p) => moveNode(p, id, 1),
        (id) => moveSection(id, 1),
      ),
      indent: onItem((id) => (p) => indentItem(p, id)),
      outdent: onItem((id) => (p) => outdentItem(p, id)),
      newItem: () => {
        const at = focusedPlace();
        if (at.section === null) return false;
        const sectionId = at.section;
        const section = getPlan().sections.find((s) => s.id === sectionId);
        if (!section) return false;
        // A task in the content section (with its lead, timeline… fields), a plain item elsewhere.
        const item = emptyItem(section.role === 'content');
        const after = at.item;
        setPlan((p) => (after !== null ? insertAfter(p, after, item) : appendToSection(p, sectionId, item)));
        focusFieldSoon(session, { kind: 'itemTitle', item: item.id });
        return true;
      },
    };
  }, [setPlan, getPlan, session, readOnly]);
}
