import type { ReviewEntry } from '../../shared/model/plan.ts';
import { parseFieldKey, type FieldAddress } from '../../shared/model/fields/fieldAddress.ts';
import { useEditorSession } from '../editor/session/EditorSessionContext.tsx';
import type { EditorPanelProps } from '../slots.ts';
import { markSeen } from './markSeen.ts';
import './review.css';
import { useReviewText } from './reviewText.ts';

/** The field an entry stands in; the header's "number/symbol" text is jumped to at the number. */
function entryField(key: string | null): FieldAddress | null {
  const a = key === null ? null : parseFieldKey(key);
  if (a === null) return null;
  return a.kind === 'numberSymbol' ? { kind: 'header', field: 'number' } : a;
}

function EntryRow({
  entry,
  readOnly,
  setPlan,
}: {
  entry: ReviewEntry;
  readOnly: boolean;
  setPlan: EditorPanelProps['setPlan'];
}) {
  const { lang, rt } = useReviewText();
  const session = useEditorSession();
  const address = entryField(entry.address);
  const message = entry.message[lang];
  return (
    <li className={`review-entry${entry.seen ? ' review-seen' : ''}`} data-testid="review-entry">
      <span className="review-msg">{message}</span>
      <span className="review-actions">
        <button
          type="button"
          className="btn btn-small"
          disabled={!address || !session}
          title={address ? undefined : rt('noPlace')}
          aria-label={`${rt('jump')}: ${message}`}
          onClick={() => address && session?.select(address, entry.paragraph, 0, 0)}
        >
          {rt('jump')}
        </button>
        <label className="review-tick">
          <input
            type="checkbox"
            checked={entry.seen}
            disabled={readOnly}
            aria-label={`${rt('seen')}: ${message}`}
            onChange={(e) => {
              const seen = e.currentTarget.checked;
              setPlan((p) => markSeen(p, entry.id, seen));
            }}
          />
          {rt('seen')}
        </label>
      </span>
    </li>
  );
}

/** "Rà soát năm mới": the review items and changes of the rollover that made this plan. */
export function ReviewPanel({ plan, setPlan, readOnly }: EditorPanelProps) {
  const { rt } = useReviewText();
  const entries = plan.review ?? [];
  if (entries.length === 0) return null;
  const left = entries.filter((e) => !e.seen).length;
  const groups = [
    { kind: 'review' as const, label: rt('reviewGroup') },
    { kind: 'change' as const, label: rt('changeGroup') },
  ];
  return (
    <div className="review-panel" data-testid="review-panel">
      <p className="review-count" role="status">
        {left > 0 ? rt('remaining', { count: left }) : rt('allSeen')}
      </p>
      {groups.map(({ kind, label }) => {
        const list = entries.filter((e) => e.kind === kind);
        if (list.length === 0) return null;
        return (
          <section key={kind}>
            <h4>{label}</h4>
            <ul className="review-list" aria-label={label}>
              {list.map((e) => (
                <EntryRow key={e.id} entry={e} readOnly={readOnly} setPlan={setPlan} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
