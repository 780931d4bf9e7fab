import { useCallback, useId, useMemo, useState } from 'react';
import { citationText, mentionFormAt, type PlanPoint } from '../../shared/citations/citationText.ts';
import { scanPlan } from '../../shared/citations/planCitations.ts';
import type { RendererApi } from '../../shared/contract/operations.ts';
import type { Plan } from '../../shared/model/plan.ts';
import type { RegistryDoc } from '../../shared/registry/registryDoc.ts';
import { planValidityDate, validityOn, validityText } from '../../shared/registry/validity.ts';
import { validityClass } from '../registry/validityClass.ts';
import { useApiQuery } from '../api/useApi.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { ErrorBanner } from '../shell/ErrorBanner.tsx';
import { Modal } from '../shell/Modal.tsx';
import { useDebouncedValue } from '../shell/useDebouncedValue.ts';
import type { FieldAddress } from '../../shared/model/fields/fieldAddress.ts';
import { useEditorSession } from '../editor/session/EditorSessionContext.tsx';
import { useChecksText } from './checksText.ts';
import { useFindingNavText } from './findingNavText.ts';
import { laterThanPlan } from './laterThanPlan.ts';

const SEARCH_DELAY_MS = 200;
/** The picker lists the best matches; the drafter narrows the search rather than scroll through all. */
const MAX_SHOWN = 50;

/** "2017-05-25" → "25/05/2017" for the list. */
const vnDate = (iso: string | null): string => (iso ? iso.split('-').reverse().join('/') : '');

/**
 * "Chèn trích dẫn": search the registry (accent-insensitive, on the back end) and insert the chosen
 * document into the rich-text field the drafter was in, at the caret: in full at its first mention in
 * the plan, short after (decided from the plan's own citations around the caret).
 */
export function CitationPicker({
  api,
  plan,
  field,
  fieldLabel,
  initialDocs,
  onClose,
}: {
  api: RendererApi;
  plan: Plan;
  field: FieldAddress;
  fieldLabel: string;
  initialDocs: RegistryDoc[] | null;
  onClose: () => void;
}) {
  const { ct, lang } = useChecksText();
  const nt = useFindingNavText();
  const { t } = useI18n();
  const ids = useId();
  // A plan cannot rest on a document issued after it: such documents are marked, not hidden (the
  // date in the registry may be what is wrong, or the plan's date not set yet).
  const late = useMemo(() => laterThanPlan(plan, lang), [plan, lang]);
  const [query, setQuery] = useState('');
  // Searched once the drafter pauses typing, not on every key.
  const settled = useDebouncedValue(query, SEARCH_DELAY_MS);
  const search = useCallback(() => api.searchRegistry(settled), [api, settled]);
  const { data: found, error } = useApiQuery(settled.trim() === '' ? null : search);
  const searching = query.trim() !== '';

  // Where the text goes decides its form: computed once for this opening of the picker.
  const session = useEditorSession();
  // Read when the picker opens for this field: the caret the drafter left there.
  const at = useMemo<PlanPoint>(() => {
    const caret = session?.caret() ?? null;
    return {
      address: field,
      paragraph: caret?.paragraph ?? Number.MAX_SAFE_INTEGER,
      offset: caret?.offset ?? 0,
    };
  }, [field, session]);
  const citations = useMemo(() => scanPlan(plan).citations, [plan]);
  // Validity is shown on the plan's own date: its issue date, else 1 January of its year.
  const onDate = planValidityDate(plan.year, plan.header.issueDate);

  const insert = (doc: RegistryDoc) => {
    const form = mentionFormAt(plan, citations, doc, at);
    onClose();
    session?.insertCitation(citationText(doc, form), doc.id);
  };

  const list = searching ? found : initialDocs;
  const shown = (list ?? []).slice(0, MAX_SHOWN);
  return (
    <Modal title={ct('pickerTitle')} onClose={onClose} testId="citation-picker">
      <p className="muted small">{ct('insertInto', { label: fieldLabel })}</p>
      <input
        type="search"
        className="input picker-search"
        value={query}
        placeholder={ct('pickerSearch')}
        aria-label={ct('pickerSearch')}
        onChange={(e) => setQuery(e.target.value.normalize('NFC'))}
        data-testid="picker-search"
        autoFocus
      />
      {error ? <ErrorBanner error={error} /> : null}
      <ul className="picker-list" data-testid="picker-list">
        {list !== null && shown.length === 0 ? <li className="muted">{ct('pickerEmpty')}</li> : null}
        {shown.map((doc) => {
          const form = mentionFormAt(plan, citations, doc, at);
          const docName = `${doc.type} ${doc.numberSymbol || doc.name}`;
          const lateHint = late(doc.date);
          const hintId = `${ids}-${doc.id}-late`;
          return (
            <li
              key={doc.id}
              className={lateHint ? 'picker-row picker-row-late' : 'picker-row'}
              data-testid="picker-row"
              data-late={lateHint ? 'true' : undefined}
            >
              <div className="picker-doc">
                <div className="picker-id">
                  <strong>
                    {doc.type} {doc.numberSymbol || doc.name}
                  </strong>
                  {doc.date ? <span className="muted"> · {vnDate(doc.date)}</span> : null}
                  {doc.issuer ? <span className="muted"> · {doc.issuer}</span> : null}
                  <ValidityTag doc={doc} onDate={onDate} lang={lang} />
                  {lateHint ? (
                    <span className="tag tag-late" id={hintId} title={lateHint}>
                      {nt('laterThanPlan')}
                      <span className="visually-hidden">: {lateHint}</span>
                    </span>
                  ) : null}
                </div>
                {doc.summary ? <div className="picker-summary">{doc.summary}</div> : null}
                <div className="picker-preview">
                  <span className={`tag tag-${form}`}>
                    {form === 'full' ? ct('pickerFull') : ct('pickerShort')}
                  </span>
                  <q>{citationText(doc, form)}</q>
                </div>
              </div>
              <button
                type="button"
                className="btn btn-small btn-primary"
                onClick={() => insert(doc)}
                aria-label={nt('insertDoc', { doc: docName })}
                aria-describedby={lateHint ? hintId : undefined}
                data-testid="picker-insert"
              >
                {ct('insert')}
              </button>
            </li>
          );
        })}
      </ul>
      <div className="modal-actions">
        <button type="button" className="btn" onClick={onClose}>
          {t('cancel')}
        </button>
      </div>
    </Modal>
  );
}

/** The document's validity on the plan's date; "chưa xác minh" unless a source states it. */
function ValidityTag({ doc, onDate, lang }: { doc: RegistryDoc; onDate: string; lang: 'vi' | 'en' }) {
  const v = validityOn(doc, onDate);
  const text = validityText(v);
  return (
    <span className={`tag ${validityClass(v.kind)}`} data-testid="picker-validity">
      {lang === 'en' ? text.en : text.vi}
    </span>
  );
}
