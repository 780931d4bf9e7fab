import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { fieldKey, type FieldAddress } from '../../shared/model/fields/fieldAddress.ts';
import { insertIntoLine } from '../checks/insertIntoLine.ts';
import { useAgencyCombobox } from '../agencies/useAgencyCombobox.tsx';
import { useInputCheck } from '../checks/useInputCheck.ts';
import { useMessages } from '../i18n/I18n.tsx';
import { useDeletionNotice } from './history/deletionNotice.ts';
import { useInvalidField } from './invalid/InvalidFields.tsx';
import { historyMessages } from './history/historyText.ts';
import { moveInArray, removeAt, replaceAt } from './planEdit.ts';
import { useEditorSession } from './session/EditorSessionContext.tsx';
import { ariaShortcut, withShortcut, type ShortcutId } from './keys/shortcuts.ts';
import { moveRemoveNames, useControlNames, type MoveRemoveNames } from './names/controlText.ts';
import { joinLines, useReferencesTooltip } from './refs/ReferenceLinks.tsx';

/** Text typed by the user is stored NFC (input methods may produce decomposed Vietnamese). */
const nfc = (s: string) => s.normalize('NFC');

/** A labelled field; `group` for a field made of several inputs (a <label> may hold only one). */
export function Field({
  label,
  hint,
  children,
  wide,
  group,
}: {
  label: string;
  hint?: string;
  children: ReactNode;
  wide?: boolean;
  group?: boolean;
}) {
  const className = wide ? 'field field-wide' : 'field';
  const inner = (
    <>
      <span className="field-label">{label}</span>
      {children}
      {hint ? <span className="field-hint">{hint}</span> : null}
    </>
  );
  return group ? (
    <div className={className} role="group" aria-label={label}>
      {inner}
    </div>
  ) : (
    <label className={className}>{inner}</label>
  );
}

export function TextInput(props: {
  value: string;
  onChange: (v: string) => void;
  placeholder?: string;
  className?: string;
  testId?: string;
  /** The plan field this input edits: its `data-field` and its check marks. */
  field?: FieldAddress;
  ariaLabel?: string;
  inputMode?: 'numeric' | 'text';
  maxLength?: number;
  /** Offer agencies of the directory as the user types (renderer/agencies). */
  agency?: boolean;
}) {
  // Citation checks mark the input when a finding is in it (renderer/checks).
  const check = useInputCheck(props.field, props.value);
  const refs = useReferencesTooltip(props.field, props.value);
  // A value the save schema refuses is marked here and left out of the save (never blocking it).
  const invalid = useInvalidField(props.field);
  const { inputProps, onInput, setField, popup, active } = useAgencyCombobox(
    props.value,
    props.onChange,
    props.agency === true,
  );
  const input = (
    <input
      {...inputProps}
      {...invalid.inputProps}
      ref={setField}
      type="text"
      className={`input ${props.className ?? ''} ${check.className} ${invalid.className}`}
      title={joinLines(check.title, refs)}
      data-check={check.severity}
      value={props.value}
      placeholder={props.placeholder}
      data-testid={props.testId}
      data-field={props.field ? fieldKey(props.field) : undefined}
      aria-label={props.ariaLabel}
      inputMode={props.inputMode}
      maxLength={props.maxLength}
      spellCheck={false}
      onChange={(e) => {
        onInput(e.target.value, e.target.selectionStart);
        props.onChange(nfc(e.target.value));
      }}
    />
  );
  return (
    <>
      {active ? (
        <span className="agency-combo">
          {input}
          {popup}
        </span>
      ) : (
        input
      )}
      {invalid.note}
    </>
  );
}

/**
 * The browser sizes a textarea to its content itself (`field-sizing: content`, Chromium 123+). The
 * script below does the same where it cannot, but it reads each textarea's height after writing it:
 * with the 1200 textareas of a 100-page plan that forced ≈ 0.5 s of layout when the plan opened.
 */
const FITS_CONTENT = typeof CSS !== 'undefined' && CSS.supports('field-sizing', 'content');

/** A textarea that grows with its content, for one-paragraph fields (trích yếu, căn cứ, kết quả). */
export function TextArea(props: {
  value: string;
  onChange: (v: string) => void;
  placeholder?: string;
  className?: string;
  testId?: string;
  /** The plan field this textarea edits: its `data-field` and its check marks. */
  field?: FieldAddress;
  ariaLabel?: string;
  /** "Chèn trích dẫn" can insert here (a Căn cứ line): the field registers with the editor session. */
  citable?: boolean;
  /** Offer agencies of the directory as the user types (renderer/agencies). */
  agency?: boolean;
}) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const session = useEditorSession();
  useCitableLine(ref, props.citable ? props.field : undefined, props.value, props.onChange);
  const { inputProps, onInput, setField, popup, active } = useAgencyCombobox(
    props.value,
    props.onChange,
    props.agency === true,
  );
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || FITS_CONTENT) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight + 2}px`;
  }, [props.value]);
  const check = useInputCheck(props.field, props.value);
  const refs = useReferencesTooltip(props.field, props.value);
  const invalid = useInvalidField(props.field);
  const area = (
    <textarea
      {...inputProps}
      {...invalid.inputProps}
      ref={(el) => {
        ref.current = el;
        setField(el);
      }}
      rows={1}
      className={`input textarea ${FITS_CONTENT ? 'textarea-fit' : ''} ${props.className ?? ''} ${check.className} ${invalid.className}`}
      title={joinLines(check.title, refs)}
      data-check={check.severity}
      value={props.value}
      placeholder={props.placeholder}
      data-testid={props.testId}
      data-field={props.field ? fieldKey(props.field) : undefined}
      aria-label={props.ariaLabel}
      spellCheck={false}
      onChange={(e) => {
        onInput(e.target.value, e.target.selectionStart);
        props.onChange(nfc(e.target.value));
      }}
      onFocus={props.citable && props.field ? () => session?.setActive(props.field!) : undefined}
    />
  );
  return (
    <>
      {active ? (
        <span className="agency-combo">
          {area}
          {popup}
        </span>
      ) : (
        area
      )}
      {invalid.note}
    </>
  );
}

/**
 * Let the citation picker insert into a plain line: while it is registered, focusing the line makes
 * it the active field, and the picker's text goes in at the caret the drafter left there.
 */
function useCitableLine(
  ref: React.RefObject<HTMLTextAreaElement | null>,
  field: FieldAddress | undefined,
  value: string,
  onChange: (v: string) => void,
): void {
  const session = useEditorSession();
  const latest = useRef({ value, onChange });
  useEffect(() => {
    latest.current = { value, onChange };
  });
  const key = field ? fieldKey(field) : null;
  const address = useRef(field);
  useEffect(() => {
    address.current = field;
  });
  useEffect(() => {
    const at = address.current;
    if (!session || key === null || !at) return;
    return session.registerPlain(at, {
      caret: () => (ref.current ? { paragraph: 0, offset: ref.current.selectionEnd } : null),
      insert: (text) => {
        const { value: now, onChange: emit } = latest.current;
        const out = insertIntoLine(now, ref.current?.selectionEnd ?? now.length, text);
        emit(out.value);
        requestAnimationFrame(() => {
          const el = ref.current;
          if (!el) return;
          el.focus({ preventScroll: true });
          el.setSelectionRange(out.caret, out.caret);
        });
      },
    });
  }, [session, key, ref]);
}

export function IconButton(props: {
  label: string;
  onClick: () => void;
  disabled?: boolean;
  children: ReactNode;
  danger?: boolean;
  testId?: string;
  /** The editor shortcut that does the same: shown in the tooltip and as aria-keyshortcuts. */
  shortcut?: ShortcutId;
}) {
  return (
    <button
      type="button"
      className={props.danger ? 'icon-btn icon-btn-danger' : 'icon-btn'}
      title={props.shortcut ? withShortcut(props.label, props.shortcut) : props.label}
      aria-label={props.label}
      aria-keyshortcuts={props.shortcut ? ariaShortcut(props.shortcut) : undefined}
      disabled={props.disabled}
      data-testid={props.testId}
      onClick={props.onClick}
    >
      <span aria-hidden="true">{props.children}</span>
    </button>
  );
}

/** Up / down / remove for an entry of a list, named after the entry ("Lên mục 7", "Xóa nơi nhận 3"). */
export function MoveRemove(props: {
  index: number;
  count: number;
  onMove: (delta: number) => void;
  onRemove: () => void;
  names: MoveRemoveNames;
  testId?: string;
  /** The entry moves with Alt+Shift+↑/↓ too (items and sections): the tooltips say so. */
  withShortcuts?: boolean;
}) {
  const { names } = props;
  return (
    <span className="move-remove">
      <IconButton
        label={names.up}
        disabled={props.index === 0}
        onClick={() => props.onMove(-1)}
        testId={props.testId && `${props.testId}-up`}
        shortcut={props.withShortcuts ? 'moveUp' : undefined}
      >
        ↑
      </IconButton>
      <IconButton
        label={names.down}
        disabled={props.index === props.count - 1}
        onClick={() => props.onMove(1)}
        testId={props.testId && `${props.testId}-down`}
        shortcut={props.withShortcuts ? 'moveDown' : undefined}
      >
        ↓
      </IconButton>
      <IconButton
        label={names.remove}
        danger
        onClick={props.onRemove}
        testId={props.testId && `${props.testId}-remove`}
      >
        ✕
      </IconButton>
    </span>
  );
}

/** An editable list of one-line strings: căn cứ, nơi nhận, dòng chức vụ. */
export function StringListEditor(props: {
  values: string[];
  onChange: (values: string[]) => void;
  addLabel: string;
  placeholder?: string;
  multiline?: boolean;
  max?: number;
  emptyText?: string;
  testId: string;
  /** The plan field of entry `index` (a căn cứ, a recipient, a signature line). */
  field?: (index: number) => FieldAddress;
  marker?: (index: number) => string;
  /** The accessible name of line `n` (from 1): "Căn cứ 3", "Nơi nhận 2". */
  lineLabel: (n: number) => string;
  /** What line `n` is called in its buttons' names: "căn cứ 3" gives "Xóa căn cứ 3". */
  entryName: (n: number) => string;
  /** The citation picker inserts into these lines (Căn cứ). */
  citable?: boolean;
  /** Offer agencies of the directory in each entry (Nơi nhận, signature lines). */
  agency?: boolean;
}) {
  const { values, onChange } = props;
  const h = useMessages(historyMessages).t;
  const n = useControlNames();
  const notifyDeleted = useDeletionNotice();
  const remove = (i: number) => {
    onChange(removeAt(values, i));
    // An empty line goes silently; one with text says so, with its "Hoàn tác".
    if ((values[i] ?? '').trim() !== '') notifyDeleted(h('deletedLine', { n: i + 1 }));
  };
  return (
    <div className="string-list" data-testid={props.testId}>
      {values.length === 0 && props.emptyText ? <p className="muted">{props.emptyText}</p> : null}
      {values.map((v, i) => (
        <div className="string-row" key={i}>
          {props.marker ? <span className="row-marker">{props.marker(i)}</span> : null}
          {props.multiline ? (
            <TextArea
              value={v}
              placeholder={props.placeholder}
              onChange={(x) => onChange(replaceAt(values, i, x))}
              testId={`${props.testId}-${i}`}
              field={props.field?.(i)}
              ariaLabel={props.lineLabel(i + 1)}
              citable={props.citable}
              agency={props.agency}
            />
          ) : (
            <TextInput
              value={v}
              placeholder={props.placeholder}
              onChange={(x) => onChange(replaceAt(values, i, x))}
              testId={`${props.testId}-${i}`}
              field={props.field?.(i)}
              ariaLabel={props.lineLabel(i + 1)}
              agency={props.agency}
            />
          )}
          <MoveRemove
            index={i}
            count={values.length}
            onMove={(d) => onChange(moveInArray(values, i, d))}
            onRemove={() => remove(i)}
            names={moveRemoveNames(n, props.entryName(i + 1))}
          />
        </div>
      ))}
      {props.max === undefined || values.length < props.max ? (
        <button type="button" className="btn btn-ghost btn-small" onClick={() => onChange([...values, ''])}>
          + {props.addLabel}
        </button>
      ) : null}
    </div>
  );
}

/** A titled card for one block of the plan; `id` is the scroll target of the outline. */
export function Block({
  id,
  title,
  children,
  actions,
}: {
  id: string;
  title: string;
  children: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <section className="block" id={id} data-block={id}>
      <header className="block-head">
        <h2>{title}</h2>
        {actions ? <div className="block-actions">{actions}</div> : null}
      </header>
      <div className="block-body">{children}</div>
    </section>
  );
}
