import { useId, useState } from 'react';
import type { RendererApi } from '../../shared/contract/operations.ts';
import type { IssueResult } from '../../shared/contract/issueOperations.ts';
import { numberSymbolLine, placeDateLine } from '../../shared/format/nd30Text.ts';
import { parseIssueInput } from '../../shared/issue/issueInput.ts';
import type { Header } from '../../shared/model/plan.ts';
import { useApiAction } from '../api/useApi.ts';
import { ErrorBanner } from '../shell/ErrorBanner.tsx';
import { Modal } from '../shell/Modal.tsx';
import { useIssueText } from './issueText.ts';

/**
 * "Ban hành": the clerk types the number and the date; both are checked as typed (the same rules
 * as the back end, shared/issue/issueInput.ts) and the printed form is shown before confirming.
 * `prepare` stores pending edits and gives the revision to issue on top of (null: saving failed).
 */
export function IssueDialog({
  api,
  planId,
  header,
  year,
  prepare,
  onIssued,
  onClose,
}: {
  api: RendererApi;
  planId: string;
  header: Header;
  year: number;
  prepare: () => Promise<number | null>;
  onIssued: (result: IssueResult) => void;
  onClose: () => void;
}) {
  const { lang, it } = useIssueText();
  const ids = useId();
  const [number, setNumber] = useState(header.number);
  const [date, setDate] = useState('');
  const [touched, setTouched] = useState(false);
  const [unsaved, setUnsaved] = useState(false);
  const action = useApiAction();
  const parsed = parseIssueInput(number, date);
  const problem = !parsed.ok && touched ? parsed : null;
  const message = (p: { message: string; messageEn: string }) => (lang === 'en' ? p.messageEn : p.message);

  const submit = async () => {
    setTouched(true);
    if (!parsed.ok) return;
    setUnsaved(false);
    const base = await prepare();
    if (base === null) {
      // The save error itself is shown by the editor (its save banner); say why nothing happened.
      setUnsaved(true);
      return;
    }
    const r = await action.run(() => api.issuePlan(planId, { number, date, baseRevision: base }));
    if (r?.ok) onIssued(r.value);
  };

  return (
    <Modal title={it('issueTitle')} onClose={onClose} testId="issue-dialog">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <p className="muted">{it('issueHint')}</p>
        <div className="issue-fields">
          <label className="field">
            <span className="field-label">{it('number')}</span>
            <input
              className="input"
              inputMode="numeric"
              autoFocus
              value={number}
              onChange={(e) => setNumber(e.target.value)}
              aria-invalid={problem?.field === 'number'}
              aria-describedby={`${ids}-number`}
            />
            <span className="field-hint" id={`${ids}-number`}>
              {it('numberHint', { symbol: header.symbol })}
            </span>
          </label>
          <label className="field">
            <span className="field-label">{it('date')}</span>
            <input
              className="input"
              value={date}
              placeholder={`05/01/${year}`}
              onChange={(e) => setDate(e.target.value)}
              onBlur={() => {
                if (date.trim() !== '') setTouched(true);
              }}
              aria-invalid={problem?.field === 'date'}
              aria-describedby={`${ids}-date`}
            />
            <span className="field-hint" id={`${ids}-date`}>
              {it('dateHint', { year })}
            </span>
          </label>
        </div>
        {problem ? (
          <p className="field-error" role="alert" data-testid="issue-problem">
            {message(problem)}
          </p>
        ) : null}
        {parsed.ok ? (
          <p className="issue-preview" data-testid="issue-preview">
            {it('preview', {
              number: numberSymbolLine({ number: parsed.number, symbol: header.symbol }),
              date: placeDateLine({ place: header.place, issueDate: parsed.issueDate }),
            })}
          </p>
        ) : null}
        {unsaved ? (
          <p className="field-error" role="alert">
            {it('unsaved')}
          </p>
        ) : null}
        {action.error ? <ErrorBanner error={action.error} /> : null}
        <div className="modal-actions">
          <button type="button" className="btn" onClick={onClose}>
            {it('cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={action.busy}>
            {action.busy ? it('issuing') : it('confirm')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
