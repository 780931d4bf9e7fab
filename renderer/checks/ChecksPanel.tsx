import { useEffect, useMemo, useRef, useState } from 'react';
import { applyFix } from '../../shared/checks/applyFix.ts';
import type { Finding, Severity } from '../../shared/checks/finding.ts';
import { citationJson, type PlanCitation, type RangeLocation } from '../../shared/citations/planCitations.ts';
import type { MemoryRegistry } from '../../shared/registry/memoryRegistry.ts';
import { useApiAction } from '../api/useApi.ts';
import { ErrorBanner } from '../shell/ErrorBanner.tsx';
import { fieldAt } from '../../shared/model/fields/planFields.ts';
import { textKey } from '../../shared/model/walk.ts';
import { useActiveField, useEditorSession } from '../editor/session/EditorSessionContext.tsx';
import { ariaShortcut, withShortcut } from '../editor/keys/shortcuts.ts';
import { useShortcuts } from '../editor/keys/useShortcuts.ts';
import { planValidityDate } from '../../shared/registry/validity.ts';
import { RegistryScreen } from '../registry/RegistryScreen.tsx';
import type { EditorPanelProps } from '../slots.ts';
import { useFindingNavText } from './findingNavText.ts';
import './checks.css';
import { clauseText, useChecksText, type ChecksKey } from './checksText.ts';
import { CitationPicker } from './CitationPicker.tsx';
import { groupBySeverity } from './fieldMarks.ts';
import { jumpToFinding } from './jumpToFinding.ts';
import { useLiveChecks, useRegistry } from './useLiveChecks.ts';

/** A long plan can have hundreds of findings; the panel lists the first ones of each group. */
const MAX_PER_GROUP = 150;

const SEVERITY_KEYS: Record<Severity, ChecksKey> = { error: 'error', warning: 'warning', info: 'info' };

/** Full citations of the plan the registry does not know, once per document. */
function unknownCitations(citations: readonly PlanCitation[], lookup: MemoryRegistry | null): PlanCitation[] {
  if (!lookup) return [];
  const seen = new Set<string>();
  const out: PlanCitation[] = [];
  for (const c of citations) {
    if (c.mention !== 'full' || c.key === null || c.type === null || seen.has(c.key)) continue;
    seen.add(c.key);
    const known =
      c.numberSymbol !== null
        ? lookup.byNumberSymbol(c.numberSymbol)
        : c.expandedName !== null
          ? lookup.byName(c.expandedName)
          : [];
    if (known.length === 0) out.push(c);
  }
  return out;
}

function FindingRow({
  finding: f,
  text,
  onFix,
  current,
  onJump,
}: {
  finding: Finding;
  text: string | undefined;
  /** null: the plan is issued, a quick fix would change it. */
  onFix: ((f: Finding) => void) | null;
  /** The finding F8 / Shift+F8 last went to. */
  current: boolean;
  onJump: () => void;
}) {
  const { lang, ct } = useChecksText();
  const session = useEditorSession();
  const loc = f.location;
  const row = useRef<HTMLLIElement>(null);
  // The finding F8 went to is brought into the panel's view as the editor jumps to its text.
  useEffect(() => {
    if (current) row.current?.scrollIntoView({ block: 'nearest' });
  }, [current]);
  return (
    <li
      ref={row}
      className={`finding finding-${f.severity}${current ? ' finding-current' : ''}`}
      data-testid="finding"
      data-rule={f.rule}
      aria-current={current ? 'true' : undefined}
    >
      <button
        type="button"
        className="finding-main"
        title={ct('jump')}
        onClick={() => {
          onJump();
          if (loc) jumpToFinding(session, loc, text);
        }}
        data-testid="finding-jump"
      >
        <span className="finding-msg">{lang === 'en' ? f.messageEn : f.message}</span>
        {f.excerpt ? <span className="finding-excerpt">{f.excerpt}</span> : null}
        <span className="finding-meta">
          {loc ? <span className="finding-where">{lang === 'en' ? loc.labelEn : loc.label}</span> : null}
          {f.clause ? (
            <span className="finding-clause">
              {ct('clause')}: {clauseText(f.clause, lang)}
            </span>
          ) : null}
        </span>
      </button>
      {f.fix && onFix ? (
        <button
          type="button"
          className="btn btn-small finding-fix"
          onClick={() => onFix(f)}
          data-testid="finding-fix"
        >
          {lang === 'en' ? f.fix.labelEn : f.fix.label}
        </button>
      ) : null}
    </li>
  );
}

/** "Kiểm tra trích dẫn": the live plan's findings by severity, jump, quick fixes, citation picker. */
/** What identifies a finding across check results: its rule and where it is. */
function findingKey(f: Finding): string {
  return `${f.rule} ${JSON.stringify(f.location)}`;
}

export function ChecksPanel({ api, plan, setPlan, readOnly }: EditorPanelProps) {
  const { ct, lang } = useChecksText();
  const nt = useFindingNavText();
  const session = useEditorSession();
  const registry = useRegistry(api);
  const { result, pending } = useLiveChecks(plan, registry.lookup);
  const active = useActiveField();
  const [picking, setPicking] = useState(false);
  // The registry opened from the plan shows validity on the plan's own date.
  const [registryOpen, setRegistryOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const add = useApiAction();
  // Which citation is being added: only its button waits.
  const [adding, setAdding] = useState<string | null>(null);
  // A notice ("Đã sửa") says what a click did, then goes.
  useEffect(() => {
    if (notice === null) return;
    const timer = setTimeout(() => setNotice(null), 4000);
    return () => clearTimeout(timer);
  }, [notice]);

  const texts = useMemo(() => {
    const m = new Map<string, string>();
    for (const t of result?.scan.texts ?? []) {
      m.set(textKey(t.location), t.text);
    }
    return m;
  }, [result]);
  const textOf = (loc: RangeLocation | null) => (loc ? texts.get(textKey(loc)) : undefined);

  const activeLabel = useMemo(() => {
    if (active === null) return null;
    const field = fieldAt(plan, active);
    return field ? (lang === 'en' ? field.labelEn : field.label) : null;
  }, [active, plan, lang]);

  const groups = useMemo(() => groupBySeverity(result?.findings ?? []), [result]);
  // The findings as listed (errors first), which F8 / Shift+F8 walk through. The cursor remembers
  // the finding it went to, not its position: a new check result (the plan settled again) keeps it
  // where that finding still is, and starts over from the top where it is gone.
  const listed = useMemo(
    () => groups.flatMap((g) => g.findings.slice(0, MAX_PER_GROUP)),
    [groups],
  );
  const [cursor, setCursor] = useState<string | null>(null);
  const at = cursor === null ? -1 : listed.findIndex((f) => findingKey(f) === cursor);
  const step = (delta: number) => {
    if (listed.length === 0) return;
    const next = at < 0 ? (delta > 0 ? 0 : listed.length - 1) : (at + delta + listed.length) % listed.length;
    const f = listed[next]!;
    setCursor(findingKey(f));
    if (f.location) jumpToFinding(session, f.location, textOf(f.location));
  };
  useShortcuts({ nextFinding: () => step(1), prevFinding: () => step(-1) });
  const unknown = useMemo(
    () => unknownCitations(result?.scan.citations ?? [], registry.lookup),
    [result, registry.lookup],
  );

  const fix = (f: Finding) => {
    const edit = f.fix;
    if (!edit) return;
    let applied = false;
    setPlan((p) => {
      const next = applyFix(p, edit);
      applied = next !== null;
      return next ?? p;
    });
    setNotice(applied ? ct('fixed') : ct('fixStale'));
  };

  const addToRegistry = async (c: PlanCitation) => {
    setAdding(c.key);
    const j = citationJson(c);
    // The registry keeps what identifies the document; a law's name with the plan's abbreviations written out.
    const r = await add.run(() =>
      api.addFromCitation({
        type: j.type,
        number: j.number,
        year: j.year,
        symbol: j.symbol,
        numberSymbol: j.numberSymbol,
        date: j.date,
        issuer: j.issuer,
        summary: j.summary,
        name: c.expandedName ?? j.name,
      }),
    );
    if (!r?.ok) return;
    setNotice(r.value.created ? ct('added') : ct('alreadyKnown'));
    registry.reload();
  };

  // Until the first result arrives (the checks run in a worker) there is no count to show, not zero.
  const counts = result?.counts ?? null;
  return (
    <div className="checks" data-testid="checks-panel" aria-busy={pending}>
      <div className="checks-summary" role="status">
        {(['error', 'warning', 'info'] as const).map((s) => (
          <span key={s} className={`checks-count checks-count-${s}`} data-testid={`count-${s}`}>
            <span className="checks-dot" />
            {ct(SEVERITY_KEYS[s])} <strong>{counts ? counts[s] : '…'}</strong>
          </span>
        ))}
        {pending ? <span className="muted small">{ct('checking')}</span> : null}
      </div>
      <div className="checks-actions">
        <button
          type="button"
          className="btn btn-small"
          disabled={active === null || readOnly}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => setPicking(true)}
          data-testid="insert-citation"
        >
          + {ct('insertCitation')}
        </button>
        <span className="muted small checks-target">
          {activeLabel !== null ? ct('insertInto', { label: activeLabel }) : ct('insertNoField')}
        </span>
        <span className="checks-nav">
          {at >= 0 ? (
            <span className="muted small" role="status">
              {nt('findingPosition', { n: at + 1, count: listed.length })}
            </span>
          ) : null}
          <button
            type="button"
            className="icon-btn"
            disabled={listed.length === 0}
            aria-label={nt('prevFinding')}
            title={withShortcut(nt('prevFinding'), 'prevFinding')}
            aria-keyshortcuts={ariaShortcut('prevFinding')}
            onClick={() => step(-1)}
          >
            <span aria-hidden="true">↑</span>
          </button>
          <button
            type="button"
            className="icon-btn"
            disabled={listed.length === 0}
            aria-label={nt('nextFinding')}
            title={withShortcut(nt('nextFinding'), 'nextFinding')}
            aria-keyshortcuts={ariaShortcut('nextFinding')}
            onClick={() => step(1)}
          >
            <span aria-hidden="true">↓</span>
          </button>
        </span>
        <button
          type="button"
          className="btn btn-small"
          onClick={() => setRegistryOpen(true)}
          data-testid="open-registry-plan"
        >
          {ct('openRegistry')}
        </button>
      </div>
      {readOnly && listed.some((f) => f.fix) ? <p className="muted small">{nt('issuedNoFix')}</p> : null}
      {registryOpen ? (
        <RegistryScreen
          api={api}
          initialDate={planValidityDate(plan.year, plan.header.issueDate)}
          onClose={() => {
            setRegistryOpen(false);
            registry.reload();
          }}
        />
      ) : null}
      {registry.error ? <p className="muted small">{ct('registryFailed')}</p> : null}
      {notice ? (
        <p className="checks-notice small" role="status" data-testid="checks-notice">
          {notice}
        </p>
      ) : null}
      {add.error ? <ErrorBanner error={add.error} /> : null}
      {result && result.findings.length === 0 ? <p className="muted">{ct('noFindings')}</p> : null}
      <div className="checks-findings">
        {groups
          .filter((g) => g.findings.length > 0)
          .map((g) => (
            <section
              key={g.severity}
              className={`checks-group checks-group-${g.severity}`}
              data-testid={`group-${g.severity}`}
            >
              <h4 className="checks-group-head">
                {ct(SEVERITY_KEYS[g.severity])}{' '}
                <span className="checks-group-count">{g.findings.length}</span>
              </h4>
              <ul className="finding-list">
                {g.findings.slice(0, MAX_PER_GROUP).map((f, i) => (
                  <FindingRow
                    key={`${f.rule}-${i}`}
                    finding={f}
                    text={textOf(f.location)}
                    onFix={readOnly ? null : fix}
                    current={at >= 0 && listed[at] === f}
                    onJump={() => setCursor(findingKey(f))}
                  />
                ))}
              </ul>
              {g.findings.length > MAX_PER_GROUP ? (
                <p className="muted small">
                  {ct('moreFindings', { count: g.findings.length - MAX_PER_GROUP })}
                </p>
              ) : null}
            </section>
          ))}
      </div>
      {unknown.length > 0 ? (
        <details className="checks-unknown" data-testid="unknown-citations">
          <summary>
            {ct('notInRegistry')} <span className="checks-group-count">{unknown.length}</span>
          </summary>
          <ul className="finding-list">
            {unknown.map((c) => (
              <li key={c.key} className="finding" data-testid="unknown-citation">
                <button
                  type="button"
                  className="finding-main"
                  onClick={() => jumpToFinding(session, c.location, textOf(c.location))}
                >
                  <span className="finding-excerpt">{c.text.replace(/\s+/g, ' ').trim()}</span>
                  <span className="finding-meta">
                    <span className="finding-where">
                      {lang === 'en' ? c.location.labelEn : c.location.label}
                    </span>
                  </span>
                </button>
                <button
                  type="button"
                  className="btn btn-small finding-fix"
                  disabled={add.busy && adding === c.key}
                  onClick={() => void addToRegistry(c)}
                  data-testid="add-to-registry"
                >
                  {ct('addToRegistry')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {picking && active !== null ? (
        <CitationPicker
          api={api}
          plan={plan}
          field={active}
          fieldLabel={activeLabel ?? ''}
          initialDocs={registry.docs}
          onClose={() => setPicking(false)}
        />
      ) : null}
    </div>
  );
}
