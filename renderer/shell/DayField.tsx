import { useId, useState } from 'react';
import { parseDocDate } from '../../shared/registry/docDate.ts';
import { isoToVn } from '../registry/registryForm.ts';
import './dayField.css';

/**
 * A day typed the way Vietnamese offices write it (dd/mm/yyyy; "5/3/2020", "ngày 05 tháng 3 năm 2020"
 * and yyyy-mm-dd are read too). Chromium's native date input follows the system locale, so on an
 * English Windows it showed mm/dd/yyyy beside a screen that writes dd/mm/yyyy everywhere else. The
 * day is committed (ISO) only when it exists; until then the field says why, and the last good day
 * stays in force.
 */
export function DayField({
  label,
  iso,
  onChange,
  lang,
  testId,
}: {
  label: string;
  iso: string;
  onChange: (iso: string) => void;
  lang: 'vi' | 'en';
  testId?: string;
}) {
  const [text, setText] = useState(() => isoToVn(iso));
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  return (
    <label className="day-field">
      <span>{label}</span>
      <input
        type="text"
        inputMode="numeric"
        className="input"
        placeholder="dd/mm/yyyy"
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => {
          const raw = e.target.value.normalize('NFC');
          setText(raw);
          const r = parseDocDate(raw);
          if (r.ok && r.iso) {
            setError(null);
            onChange(r.iso);
          } else if (r.ok) setError(null);
          else setError(lang === 'vi' ? r.message : r.messageEn);
        }}
        onBlur={() => {
          // A finished day is shown in the office form; an unfinished or wrong one stays as typed.
          const r = parseDocDate(text);
          if (r.ok && r.iso) setText(isoToVn(r.iso));
        }}
        data-testid={testId}
      />
      {error ? (
        <span id={errorId} className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </label>
  );
}
