import { memo, useCallback } from 'react';
import type { NumberLabel } from '../../../shared/model/numbering.ts';
import { newId } from '../../../shared/model/ids.ts';
import type { Item, Plan, Section, SectionRole, TaskFields, TextBlock } from '../../../shared/model/plan.ts';
import type { RichText } from '../../../shared/model/richText.ts';
import { useI18n, useMessages } from '../../i18n/I18n.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { RichTextField } from '../../richtext/RichTextField.tsx';
import { Field, IconButton, MoveRemove, TextArea, TextInput } from '../fields.tsx';
import { useConfirmDelete } from '../history/ConfirmDelete.tsx';
import { useDeletionNotice } from '../history/deletionNotice.ts';
import { historyMessages } from '../history/historyText.ts';
import { windowMessages } from '../window/windowText.ts';
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
type Numbers = Map<string, NumberLabel>;

/** Items nest at most three levels (1, 1.1, a): the numbering of NĐ 30 plans has no fourth. */
const MAX_DEPTH = 3;

const ROLE_KEYS: Record<SectionRole, MessageKey> = {
  purpose: 'rolePurpose',
  content: 'roleContent',
  funding: 'roleFunding',
  implementation: 'roleImplementation',
  other: 'roleOther',
};

const FIELD_KEYS: Array<keyof TaskFields> = ['lead', 'coordinating', 'timeline', 'deliverable'];

function TaskFieldsEditor({ item, setPlan }: { item: Item; setPlan: SetPlan }) {
  const { t } = useI18n();
  const f = item.fields;
  return (
    <div className="task-fields" data-testid={`task-${item.id}`}>
      {FIELD_KEYS.map((key) => (
        <Field key={key} label={t(key)}>
          <TextArea
            value={f?.[key] ?? ''}
            onChange={(v) => setPlan((p) => updateTaskField(p, item.id, key, v))}
            testId={`task-${item.id}-${key}`}
            field={{ kind: 'taskField', item: item.id, field: key }}
            ariaLabel={t(key)}
            agency={key === 'lead' || key === 'coordinating'}
          />
        </Field>
      ))}
    </div>
  );
}

interface ItemProps {
  item: Item;
  numbers: Numbers;
  index: number;
  count: number;
  depth: number;
  isContent: boolean;
  setPlan: SetPlan;
}

const ItemEditor = memo(
  function ItemEditor({ item, numbers, index, count, depth, isContent, setPlan }: ItemProps) {
    const { t } = useI18n();
    const label = numbers.get(item.id);
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
            ariaLabel={t('itemTitle')}
            className="input-title"
            testId={`item-${item.id}-title`}
            field={{ kind: 'itemTitle', item: item.id }}
          />
          <span className="node-tools">
            <MoveRemove
              index={index}
              count={count}
              onMove={(d) => setPlan((p) => moveNode(p, item.id, d))}
              onRemove={remove}
              testId={`item-${item.id}`}
            />
          </span>
        </div>
        <div className="node-body">
          <RichTextField
            value={item.body}
            onChange={onBody}
            label={`${label?.label ?? ''} ${t('itemBody')}`}
            placeholder={`${t('itemBody')}…`}
            testId={`item-${item.id}-body`}
            field={{ kind: 'itemBody', item: item.id }}
          />
          {isTask || item.fields ? <TaskFieldsEditor item={item} setPlan={setPlan} /> : null}
          {item.children.map((child, i) => (
            <ItemEditor
              key={child.id}
              item={child}
              numbers={numbers}
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
              onClick={() => setPlan((p) => insertAfter(p, item.id, emptyItem(isContent)))}
            >
              + {t('addItem')}
            </button>
            {depth < MAX_DEPTH ? (
              <button
                type="button"
                className="btn btn-ghost btn-small"
                onClick={() => setPlan((p) => appendChild(p, item.id, emptyItem(isContent)))}
              >
                + {t('addSubItem')}
              </button>
            ) : null}
          </div>
        </div>
      </div>
    );
  },
  // Re-render only when this item (or its place) changed. Children's numbers depend only on this
  // item's own number and its children array, both compared here.
  (a, b) =>
    a.item === b.item &&
    a.index === b.index &&
    a.count === b.count &&
    a.isContent === b.isContent &&
    a.setPlan === b.setPlan &&
    a.numbers.get(a.item.id)?.label === b.numbers.get(b.item.id)?.label,
);

function TextBlockEditor(props: { node: TextBlock; index: number; count: number; setPlan: SetPlan }) {
  const { t } = useI18n();
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
          />
        </span>
      </div>
      <RichTextField
        value={node.body}
        onChange={onBody}
        label={t('textBlock')}
        placeholder={`${t('textBlock')}…`}
        field={{ kind: 'text', node: node.id }}
      />
    </div>
  );
}

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
  const w = useMessages(windowMessages).t;
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
    <section className="block block-section" id={`block-${section.id}`} data-testid={`section-${roman}`}>
      {dialog}
      <header className="block-head section-head">
        <span className="roman" title={t('derivedNumber')}>
          {roman}.
        </span>
        <TextInput
          value={section.title}
          onChange={(title) => setPlan((p) => updateSection(p, section.id, (s) => ({ ...s, title })))}
          ariaLabel={t('sectionTitle')}
          className="input-section"
          testId={`section-${section.id}-title`}
          field={{ kind: 'sectionTitle', section: section.id }}
        />
        <select
          className="input select"
          value={section.role}
          aria-label={t('roleLabel')}
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
        <IconButton
          label={w('sectionUp', { roman })}
          disabled={props.index === 0}
          onClick={() => moveSection(-1)}
        >
          ↑
        </IconButton>
        <IconButton
          label={w('sectionDown', { roman })}
          disabled={props.index === props.count - 1}
          onClick={() => moveSection(1)}
        >
          ↓
        </IconButton>
        <IconButton label={t('removeSection')} danger onClick={removeSection}>
          ✕
        </IconButton>
      </header>
      <div className="block-body">
        {items.map((node, i) =>
          node.type === 'item' ? (
            <ItemEditor
              key={node.id}
              item={node}
              numbers={numbers}
              index={i}
              count={items.length}
              depth={1}
              isContent={isContent}
              setPlan={setPlan}
            />
          ) : (
            <TextBlockEditor key={node.id} node={node} index={i} count={items.length} setPlan={setPlan} />
          ),
        )}
        <div className="node-add">
          <button
            type="button"
            className="btn btn-ghost btn-small"
            onClick={() => setPlan((p) => appendToSection(p, section.id, emptyItem(isContent)))}
          >
            + {t('addItem')}
          </button>
          <button
            type="button"
            className="btn btn-ghost btn-small"
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
