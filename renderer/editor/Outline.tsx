import { memo, useMemo } from 'react';
import { numberPlan, type NumberLabel } from '../../shared/model/numbering.ts';
import type { Item, Plan } from '../../shared/model/plan.ts';
import { plainText } from '../../shared/model/richText.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { useLazyFields, type LazyFields } from './lazy/lazyFields.ts';

interface Entry {
  key: string;
  text: string;
  depth: number;
  target: () => Element | null;
}

const byId = (id: string) => () => document.getElementById(id);
const itemElement = (id: string) => document.querySelector(`[data-item-id="${CSS.escape(id)}"]`);
/** An item inside a block of a large plan not built yet is built first (renderer/editor/lazy). */
const byItem = (id: string, lazy: LazyFields | null) => () =>
  itemElement(id) ?? (lazy?.mountNode(id) ? itemElement(id) : null);

/** An item without a title (section IV's "1. Sở Tư pháp … chủ trì …") is listed by its first words. */
function itemText(item: Item): string {
  if (item.title) return item.title;
  const words = plainText(item.body).trim().split(/\s+/u).slice(0, 8).join(' ');
  return words === '' ? '…' : `${words}…`;
}

function itemEntries(
  items: Item[],
  numbers: ReadonlyMap<string, NumberLabel>,
  depth: number,
  lazy: LazyFields | null,
): Entry[] {
  return items.flatMap((item) => [
    {
      key: item.id,
      text: `${numbers.get(item.id)?.prefix ?? ''}${itemText(item)}`,
      depth,
      target: byItem(item.id, lazy),
    },
    ...itemEntries(item.children, numbers, depth + 1, lazy),
  ]);
}

/**
 * Jump list of the blocks, and of the items and tasks under each section. Buttons, not links: the
 * fragment holds the route. Only the editor column scrolls (the window never does), so
 * scrollIntoView moves that column alone.
 */
export const Outline = memo(function Outline({ plan }: { plan: Plan }) {
  const { t } = useI18n();
  const numbers = useMemo(() => numberPlan(plan), [plan]);
  const lazy = useLazyFields();
  const block = (id: string, text: string): Entry => ({ key: id, text, depth: 0, target: byId(id) });
  const entries: Entry[] = [
    block('block-header', t('blockHeader')),
    block('block-title', t('blockTitle')),
    block('block-preamble', t('blockPreamble')),
    block('block-legal', t('blockLegalBases')),
    ...plan.sections.flatMap((s) => [
      block(`block-${s.id}`, `${numbers.get(s.id)?.label ?? '?'}. ${s.title}`),
      ...itemEntries(
        s.content.filter((n): n is Item => n.type === 'item'),
        numbers,
        1,
        lazy,
      ),
    ]),
    block('block-recipients', t('blockRecipients')),
    block('block-signature', t('blockSignature')),
    block('block-appendices', t('blockAppendices')),
  ];
  return (
    <nav className="outline" aria-label={t('outline')}>
      <div className="outline-title">{t('outline')}</div>
      {entries.map((e) => (
        <button
          key={e.key}
          type="button"
          className={`outline-entry outline-depth-${Math.min(e.depth, 3)}`}
          onClick={() => e.target()?.scrollIntoView({ behavior: 'smooth', block: 'start' })}
          title={e.text}
        >
          {e.text}
        </button>
      ))}
    </nav>
  );
});
