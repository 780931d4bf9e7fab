import { memo, useCallback, type NamedExoticComponent } from 'react';
import type { NumberLabel } from '../../../shared/model/numbering.ts';
import { newId } from '../../../shared/model/ids.ts';
import type {
  Item,
  Plan,
  Section,
  SectionNode,
  SectionRole,
  TaskFields,
  TextBlock,
} from '../../../shared/model/plan.ts';
import type { RichText } from '../../../shared/model/richText.ts';
import { useI18n, useMessages } from '../../i18n/I18n.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { Field, IconButton, MoveRemove, TextArea, TextInput } from '../fields.tsx';
import { LazyBlock } from '../lazy/LazyBlock.tsx';
import { LazyRichTextField } from '../lazy/LazyRichTextField.tsx';
import { ariaShortcut, withShortcut } from '../keys/shortcuts.ts';
import { moveRemoveNames, useControlNames } from '../names/controlText.ts';
import { canIndentHere, indentItem, MAX_DEPTH, outdentItem } from '../outlineEdit.ts';
import { useConfirmDelete } from '../history/ConfirmDelete.tsx';
import { useDeletionNotice } from '../history/deletionNotice.ts';
import { historyMessages } from '../history/historyText.ts';
import {
  appendChild,
  appendToSection,
  emptyItem,
  insertAfter,
  moveInArray,
  moveNode,
  removeNode,
  updateItem,
  updateNode,
  updateSection,
  updateTaskField,
} from '../planEdit.ts';

type SetPlan = (edit: (p: Plan) => Plan) => void;
type Numbers = ReadonlyMap<string, NumberLabel>;

const ROLE_KEYS: Record<SectionRole, MessageKey> = {
  purpose: 'rolePurpose',
  content: 'roleContent',
  funding: 'roleFunding',
  implementation: 'roleImplementation',
  other: 'roleOther',
};

/** 1 for the section's first paragraph of text, 2 for the next (items between are not counted). */
const textOrdinal = (nodes: readonly SectionNode[], index: number): number =>
  nodes.slice(0, index + 1).filter((x) => x.type === 'text').length;

const FIELD_KEYS: Array<keyof TaskFields> = ['lead', 'coordinating', 'timeline', 'deliverable'];

// Memoised on the task's own fields: typing in the task's body re-renders none of its four lines.
const TaskFieldsEditor = memo(function TaskFieldsEditor({
  itemId,
  fields: f,
  name,
  setPlan,
}: {
  itemId: string;
  fields: TaskFields | undefined;
  name: string;
  setPlan: SetPlan;
}) {
  const { t } = useI18n();
  const n = useControlNames();
  return (
    <div className="task-fields" data-testid={`task-${itemId}`}>
      {FIELD_KEYS.map((key) => (
        <Field key={key} label={t(key)}>
          <TextArea
            value={f?.[key] ?? ''}
            onChange={(v) => setPlan((p) => updateTaskField(p, itemId, key, v))}
            testId={`task-${itemId}-${key}`}
            field={{ kind: 'taskField', item: itemId, field: key }}
            ariaLabel={n('fieldOf', { field: t(key), name })}
            agency={key === 'lead' || key === 'coordinating'}
          />
        </Field>
      ))}
    </div>
  );
});

interface ItemProps {
  item: Item;
  numbers: Numbers;
  /** The parent item's number ("1.2"), which names a point "a" ("điểm a mục 1.2"); null at the top. */
  parentLabel: string | null;
  /** The sibling before this one is an item: this one can be indented under it. */
  prevIsItem: boolean;
  index: number;
  count: number;
  depth: number;
  isContent: boolean;
  setPlan: SetPlan;
}

/**
 * Re-render an item only when it (or its place) changed. Children's numbers depend only on this
 * item's own number and its children array, both compared here.
 */
const sameItem = (a: ItemProps, b: ItemProps): boolean =>
  a.item === b.item &&
  a.index === b.index &&
  a.parentLabel === b.parentLabel &&
  a.prevIsItem === b.prevIsItem &&
  a.count === b.count &&
  a.isContent === b.isContent &&
  a.setPlan === b.setPlan &&
  a.numbers.get(a.item.id)?.label === b.numbers.get(b.item.id)?.label;

// Typed ahead: the item renders its sub-items with this memoised component. Inside a named function
// expression its own name is the bare function, which re-rendered every sibling of the edited task
// on each keystroke (issue 13).
const ItemEditor: NamedExoticComponent<ItemProps> = memo(function ItemEditorView(props: ItemProps) {
  const { item, numbers, index, count, depth, isContent, setPlan } = props;
  const { t } = useI18n();
  const n = useControlNames();
  const label = numbers.get(item.id);
  const number = label?.label ?? '';
  // "mục 7", "mục 2.1", "điểm a mục 2.1": the name every control of this item carries.
  const name =
    depth >= MAX_DEPTH && props.parentLabel !== null
      ? n('pointName', { letter: number, parent: props.parentLabel })
      : n('itemName', { label: number });
  const onBody = useCallback(
    (body: RichText) => setPlan((p) => updateItem(p, item.id, (x) => ({ ...x, body }))),
    [item.id, setPlan],
  );
  const isTask = isContent && item.children.length === 0;
  const h = useMessages(historyMessages).t;
  const notifyDeleted = useDeletionNotice();
  const { ask, dialog } = useConfirmDelete();
  const remove = () => {
    const n = label?.label ?? '';
    const removeIt = () => {
      setPlan((p) => removeNode(p, item.id));
      notifyDeleted(h('deletedItem', { label: n }));
    };
    const hasContent = item.children.length > 0 || item.body.length > 0 || item.title !== '';
    // An empty item goes at once; one with text asks first (either way "Hoàn tác" brings it back).
    if (!hasContent) removeIt();
    else
      ask({
        title: h('removeItemTitle', { label: n }),
        text: t('confirmRemoveItem', { label: n }),
        onConfirm: removeIt,
      });
  };
  return (
    <div
      className={`item item-depth-${depth}`}
      data-testid={`item-${label?.label ?? item.id}`}
      data-item-id={item.id}
    >
      {dialog}
      <div className="node-head">
        <span className="num-badge" title={t('derivedNumber')}>
          {label?.prefix.trim() ?? '?'}
        </span>
        <TextInput
          value={item.title}
          onChange={(title) => setPlan((p) => updateItem(p, item.id, (x) => ({ ...x, title })))}
          placeholder={t('itemTitlePlaceholder')}
          ariaLabel={n('titleOf', { name })}
          className="input-title"
          testId={`item-${item.id}-title`}
          field={{ kind: 'itemTitle', item: item.id }}
        />
        <span className="node-tools">
          <IconButton
            label={n('outdentOf', { name })}
            disabled={depth === 1}
            onClick={() => setPlan((p) => outdentItem(p, item.id))}
            shortcut="outdent"
          >
            ←
          </IconButton>
          <IconButton
            label={n('indentOf', { name })}
            disabled={!canIndentHere(props.prevIsItem, depth, item)}
            onClick={() => setPlan((p) => indentItem(p, item.id))}
            shortcut="indent"
          >
            →
          </IconButton>
          <MoveRemove
            index={index}
            count={count}
            onMove={(d) => setPlan((p) => moveNode(p, item.id, d))}
            onRemove={remove}
            testId={`item-${item.id}`}
            names={moveRemoveNames(n, name)}
            withShortcuts
          />
        </span>
      </div>
      <div className="node-body">
        <LazyRichTextField
          value={item.body}
          onChange={onBody}
          label={n('bodyOf', { name })}
          placeholder={`${t('itemBody')}…`}
          testId={`item-${item.id}-body`}
          field={{ kind: 'itemBody', item: item.id }}
        />
        {isTask || item.fields ? (
          <TaskFieldsEditor itemId={item.id} fields={item.fields} name={name} setPlan={setPlan} />
        ) : null}
        {item.children.map((child, i) => (
          <ItemEditor
            key={child.id}
            item={child}
            numbers={numbers}
            parentLabel={number}
            prevIsItem={i > 0}
            index={i}
            count={item.children.length}
            depth={depth + 1}
            isContent={isContent}
            setPlan={setPlan}
          />
        ))}
        <div className="node-add">
          <button
            type="button"
            className="btn btn-ghost btn-small"
            aria-label={n('addAfterOf', { name })}
            title={withShortcut(n('addAfterOf', { name }), 'newItem')}
            aria-keyshortcuts={ariaShortcut('newItem')}
            onClick={() => setPlan((p) => insertAfter(p, item.id, emptyItem(isContent)))}
          >
            + {t('addItem')}
          </button>
          {depth < MAX_DEPTH ? (
            <button
              type="button"
              className="btn btn-ghost btn-small"
              aria-label={n('addChildOf', { name })}
              onClick={() => setPlan((p) => appendChild(p, item.id, emptyItem(isContent)))}
            >
              + {t('addSubItem')}
            </button>
          ) : null}
        </div>
      </div>
    </div>
  );
}, sameItem);

/**
 * A top-level item of a section, built as it nears the view (LazyBlock), memoised like ItemEditor: a
 * keystroke re-renders no other top-level item of the section, built or not.
 */
const TopItemEditor = memo(function TopItemEditor(props: ItemProps) {
  return (
    <LazyBlock item={props.item}>
      <ItemEditor {...props} />
    </LazyBlock>
  );
}, sameItem);

// Memoised like ItemEditor: typing in one block of a section re-renders no other block of it.
const TextBlockEditor = memo(function TextBlockEditor(props: {
  node: TextBlock;
  index: number;
  count: number;
  /** "đoạn văn 2 của Mục II": its place among the section's text blocks, for its buttons' names. */
  name: string;
  setPlan: SetPlan;
}) {
  const { t } = useI18n();
  const n = useControlNames();
  const { node, setPlan } = props;
  const h = useMessages(historyMessages).t;
  const notifyDeleted = useDeletionNotice();
  const onBody = useCallback(
    (body: RichText) => setPlan((p) => updateNode<TextBlock>(p, node.id, (x) => ({ ...x, body }))),
    [node.id, setPlan],
  );
  return (
    <div className="textblock">
      <div className="node-head">
        <span className="num-badge num-badge-text">¶</span>
        <span className="muted small">{t('textBlock')}</span>
        <span className="node-tools">
          <MoveRemove
            index={props.index}
            count={props.count}
            onMove={(d) => setPlan((p) => moveNode(p, node.id, d))}
            onRemove={() => {
              setPlan((p) => removeNode(p, node.id));
              notifyDeleted(h('deletedText'));
            }}
            names={moveRemoveNames(n, props.name)}
          />
        </span>
      </div>
      <LazyRichTextField
        value={node.body}
        onChange={onBody}
        label={n('bodyOf', { name: props.name })}
        placeholder={`${t('textBlock')}…`}
        field={{ kind: 'text', node: node.id }}
      />
    </div>
  );
});

export const SectionBlock = memo(function SectionBlock(props: {
  section: Section;
  numbers: Numbers;
  index: number;
  count: number;
  setPlan: SetPlan;
}) {
  const { t } = useI18n();
  const { section, numbers, setPlan } = props;
  const isContent = section.role === 'content';
  const roman = numbers.get(section.id)?.label ?? '?';
  const items = section.content;
  const h = useMessages(historyMessages).t;
  const n = useControlNames();
  const sectionName = n('sectionName', { roman });
  const notifyDeleted = useDeletionNotice();
  const { ask, dialog } = useConfirmDelete();
  const removeSection = () =>
    ask({
      title: h('removeSectionTitle', { roman }),
      text: h('removeSectionText', { roman, title: section.title }),
      onConfirm: () => {
        setPlan((p) => ({ ...p, sections: p.sections.filter((s) => s.id !== section.id) }));
        notifyDeleted(h('deletedSection', { roman }));
      },
    });
  // By id, not by the rendered index: the updater runs on the latest plan.
  const moveSection = (delta: number) =>
    setPlan((p) => {
      const i = p.sections.findIndex((s) => s.id === section.id);
      return { ...p, sections: moveInArray(p.sections, i, delta) };
    });
  return (
    <section
      className="block block-section"
      id={`block-${section.id}`}
      data-testid={`section-${roman}`}
      data-section-id={section.id}
    >
      {dialog}
      <header className="block-head section-head">
        <span className="roman" title={t('derivedNumber')}>
          {roman}.
        </span>
        <TextInput
          value={section.title}
          onChange={(title) => setPlan((p) => updateSection(p, section.id, (s) => ({ ...s, title })))}
          ariaLabel={n('sectionTitleOf', { name: sectionName })}
          className="input-section"
          testId={`section-${section.id}-title`}
          field={{ kind: 'sectionTitle', section: section.id }}
        />
        <select
          className="input select"
          value={section.role}
          aria-label={n('roleOf', { name: sectionName })}
          title={t('roleLabel')}
          onChange={(e) =>
            setPlan((p) =>
              updateSection(p, section.id, (s) => ({ ...s, role: e.target.value as SectionRole })),
            )
          }
        >
          {(Object.keys(ROLE_KEYS) as SectionRole[]).map((r) => (
            <option key={r} value={r}>
              {t(ROLE_KEYS[r])}
            </option>
          ))}
        </select>
        <MoveRemove
          index={props.index}
          count={props.count}
          onMove={moveSection}
          onRemove={removeSection}
          names={moveRemoveNames(n, sectionName)}
          withShortcuts
        />
      </header>
      <div className="block-body">
        {items.map((node, i) =>
          node.type === 'item' ? (
            <TopItemEditor
              key={node.id}
              item={node}
              numbers={numbers}
              parentLabel={null}
              prevIsItem={items[i - 1]?.type === 'item'}
              index={i}
              count={items.length}
              depth={1}
              isContent={isContent}
              setPlan={setPlan}
            />
          ) : (
            <TextBlockEditor
              key={node.id}
              node={node}
              index={i}
              count={items.length}
              name={n('textName', { n: textOrdinal(items, i), roman })}
              setPlan={setPlan}
            />
          ),
        )}
        <div className="node-add">
          <button
            type="button"
            className="btn btn-ghost btn-small"
            aria-label={n('addItemTo', { name: sectionName })}
            onClick={() => setPlan((p) => appendToSection(p, section.id, emptyItem(isContent)))}
          >
            + {t('addItem')}
          </button>
          <button
            type="button"
            className="btn btn-ghost btn-small"
            aria-label={n('addTextTo', { name: sectionName })}
            onClick={() =>
              setPlan((p) => appendToSection(p, section.id, { type: 'text', id: newId('t'), body: [] }))
            }
          >
            + {t('addText')}
          </button>
        </div>
      </div>
    </section>
  );
});
