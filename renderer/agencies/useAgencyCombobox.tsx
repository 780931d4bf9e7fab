import {
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { isoToVn } from './agencyForm.ts';
import { useAgencyDirectory } from './AgencyDirectoryContext.tsx';
import { applyCompletion, completeAt, fieldNames, type AgencyCompletion } from './agencyQuery.ts';
import { useAgencyText } from './agencyText.ts';
import './agencies.css';

type Field = HTMLInputElement | HTMLTextAreaElement;

export interface AgencyCombobox {
  /** Spread on the input or textarea (role=combobox and its ARIA state, keys, blur). */
  inputProps: Record<string, unknown>;
  /** Call from the field's onChange with the raw value and the caret. */
  onInput: (text: string, caret: number | null) => void;
  setField: (el: Field | null) => void;
  /** The listbox, rendered right after the field (inside a positioned wrapper). */
  popup: ReactNode;
  active: boolean;
}

/**
 * The agency autocomplete of the lead, coordinating, recipient and signature fields, on the ARIA 1.2
 * combobox pattern: the field is the combobox, the suggestions a listbox of options, the highlighted
 * one named by aria-activedescendant; ↑/↓ move, Enter takes, Esc closes. Bodies that exist on the
 * plan's date come first; an ended one says since when. Outside an editor it does nothing.
 */
export function useAgencyCombobox(
  value: string,
  onChange: (v: string) => void,
  enabled: boolean,
): AgencyCombobox {
  const dir = useAgencyDirectory();
  const { at } = useAgencyText();
  const active = enabled && dir !== null;
  const listId = useId();
  const [completion, setCompletion] = useState<AgencyCompletion | null>(null);
  const [highlight, setHighlight] = useState(0);
  const el = useRef<Field | null>(null);
  const caretAfter = useRef<number | null>(null);

  useLayoutEffect(() => {
    const c = caretAfter.current;
    if (c !== null && el.current) {
      el.current.setSelectionRange(c, c);
      caretAfter.current = null;
    }
  }, [value]);

  const open = active && completion !== null;
  const update = (text: string, caret: number | null) => {
    if (!dir) return;
    setCompletion(completeAt(text, caret ?? text.length, dir.index, dir.date));
    setHighlight(0);
  };
  const pick = (i: number) => {
    const s = completion?.suggestions[i];
    if (!completion || !s) return;
    const next = applyCompletion(value, completion, s.text);
    caretAfter.current = next.caret;
    setCompletion(null);
    onChange(next.text.normalize('NFC'));
  };
  const onKeyDown = (e: KeyboardEvent<Field>) => {
    const n = completion?.suggestions.length ?? 0;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (!open) update(e.currentTarget.value, e.currentTarget.selectionStart);
      else setHighlight((h) => (h + 1) % n);
    } else if (e.key === 'ArrowUp' && open) {
      e.preventDefault();
      setHighlight((h) => (h - 1 + n) % n);
    } else if (e.key === 'Enter' && open) {
      e.preventDefault();
      pick(highlight);
    } else if (e.key === 'Escape' && open) {
      // Closes the list, not the dialog or screen around the field.
      e.preventDefault();
      e.stopPropagation();
      setCompletion(null);
    }
  };
  const onBlur = (e: FocusEvent<Field>) => {
    setCompletion(null);
    for (const name of fieldNames(e.currentTarget.value)) dir?.noteName(name);
  };

  const popup = active ? (
    <ul id={listId} role="listbox" aria-label={at('suggestions')} className="agency-listbox" hidden={!open}>
      {open
        ? completion.suggestions.map((s, i) => (
            <li
              key={s.entry.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === highlight}
              className={`agency-option${i === highlight ? ' agency-option-active' : ''}${s.valid ? '' : ' agency-option-ended'}`}
              // mousedown, not click: the field keeps its focus (and its caret).
              onMouseDown={(e) => {
                e.preventDefault();
                pick(i);
              }}
              onMouseEnter={() => setHighlight(i)}
            >
              <span className="agency-option-name">{s.text}</span>
              {!s.valid && s.entry.validUntil ? (
                <span className="agency-option-note">
                  {at('endedOn', { date: isoToVn(s.entry.validUntil) })}
                </span>
              ) : null}
              {!s.valid && !s.entry.validUntil && s.entry.validFrom ? (
                <span className="agency-option-note">
                  {at('startsOn', { date: isoToVn(s.entry.validFrom) })}
                </span>
              ) : null}
              {s.entry.origin === 'learned' ? (
                <span className="agency-option-note">{at('learnedHint')}</span>
              ) : null}
            </li>
          ))
        : null}
    </ul>
  ) : null;

  return {
    active,
    inputProps: active
      ? {
          role: 'combobox',
          'aria-expanded': open,
          'aria-controls': listId,
          'aria-autocomplete': 'list',
          'aria-activedescendant': open ? `${listId}-${highlight}` : undefined,
          onKeyDown,
          onBlur,
        }
      : {},
    onInput: (text, caret) => {
      if (active) update(text, caret);
    },
    setField: (node) => {
      el.current = node;
    },
    popup,
  };
}
