import { useId, useState } from 'react';
import { useI18n } from '../../i18n/I18n.tsx';

/**
 * A small numeric input (day, month, year) that only hands valid values to the plan: while the user
 * is half-way ("2" of "2021") the plan keeps its last valid value, so autosave never sends a plan the
 * schema would refuse. Empty means "not decided yet" (null) when `nullable`. An out-of-range number
 * is marked (aria-invalid, red border) and says what is accepted and that it is not saved.
 */
export function NumberPartInput(props: {
  value: number | null;
  onChange: (v: number | null) => void;
  min: number;
  max: number;
  digits: number;
  nullable: boolean;
  label: string;
  testId?: string;
  className?: string;
}) {
  const { value, onChange, min, max, nullable } = props;
  const [text, setText] = useState(value === null ? '' : String(value));
  const [shown, setShown] = useState(value);
  // The plan changed from outside (undo, another block): follow it.
  if (value !== shown) {
    setShown(value);
    setText(value === null ? '' : String(value));
  }
  const { t: tr } = useI18n();
  const noteId = useId();
  const valid = (t: string) => (t === '' ? nullable : Number(t) >= min && Number(t) <= max);
  const ok = valid(text);
  return (
    <>
      <input
        type="text"
        inputMode="numeric"
        className={`input input-num ${ok ? '' : 'input-invalid'} ${props.className ?? ''}`}
        aria-label={props.label}
        aria-invalid={!ok}
        aria-describedby={ok ? undefined : noteId}
        title={props.label}
        data-testid={props.testId}
        value={text}
        maxLength={props.digits}
        onChange={(e) => {
          const t = e.target.value.replace(/\D/g, '').slice(0, props.digits);
          setText(t);
          if (!valid(t)) return;
          const next = t === '' ? null : Number(t);
          setShown(next);
          onChange(next);
        }}
      />
      {ok ? null : (
        <span id={noteId} className="field-error field-invalid-note" data-testid="field-invalid-note">
          {tr('numberRange', { label: props.label, min, max })}
        </span>
      )}
    </>
  );
}
