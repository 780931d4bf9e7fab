import type { NumberLabel } from '../../shared/model/numbering.ts';
import type { Plan } from '../../shared/model/plan.ts';
import { useI18n } from '../i18n/I18n.tsx';

/** Jump list of the blocks. Buttons, not links: the fragment holds the route. */
export function Outline({ plan, numbers }: { plan: Plan; numbers: Map<string, NumberLabel> }) {
  const { t } = useI18n();
  const go = (id: string) =>
    document.getElementById(id)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  const entries: Array<[string, string]> = [
    ['block-header', t('blockHeader')],
    ['block-title', t('blockTitle')],
    ['block-preamble', t('blockPreamble')],
    ['block-legal', t('blockLegalBases')],
    ...plan.sections.map((s): [string, string] => [
      `block-${s.id}`,
      `${numbers.get(s.id)?.label ?? '?'}. ${s.title}`,
    ]),
    ['block-recipients', t('blockRecipients')],
    ['block-signature', t('blockSignature')],
    ['block-appendices', t('blockAppendices')],
  ];
  return (
    <nav className="outline" aria-label={t('outline')}>
      <div className="outline-title">{t('outline')}</div>
      {entries.map(([id, text]) => (
        <button key={id} type="button" className="outline-entry" onClick={() => go(id)} title={text}>
          {text}
        </button>
      ))}
    </nav>
  );
}
