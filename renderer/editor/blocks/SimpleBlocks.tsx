import { memo, useCallback } from 'react';
import { newId } from '../../../shared/model/ids.ts';
import type { Appendix, Plan, Recipients, Signature } from '../../../shared/model/plan.ts';
import type { RichText } from '../../../shared/model/richText.ts';
import { useI18n, useMessages } from '../../i18n/I18n.tsx';
import { RichTextField } from '../../richtext/RichTextField.tsx';
import { Block, Field, MoveRemove, StringListEditor, TextInput } from '../fields.tsx';
import { useDeletionNotice } from '../history/deletionNotice.ts';
import { moveRemoveNames, useControlNames } from '../names/controlText.ts';
import { historyMessages } from '../history/historyText.ts';
import { addTable, setLandscape } from '../appendixEdit.ts';
import { moveInArray, removeAt, updateAppendix } from '../planEdit.ts';
import { AppendixTableEditor, type EditAppendix } from './AppendixTableEditor.tsx';

type SetPlan = (edit: (p: Plan) => Plan) => void;

export const PreambleBlock = memo(function PreambleBlock({
  preamble,
  setPlan,
}: {
  preamble: RichText;
  setPlan: SetPlan;
}) {
  const { t } = useI18n();
  const onChange = useCallback((rt: RichText) => setPlan((p) => ({ ...p, preamble: rt })), [setPlan]);
  return (
    <Block id="block-preamble" title={t('blockPreamble')}>
      <RichTextField
        value={preamble}
        onChange={onChange}
        label={t('blockPreamble')}
        testId="preamble"
        field={{ kind: 'preamble' }}
      />
    </Block>
  );
});

export const LegalBasesBlock = memo(function LegalBasesBlock({
  legalBases,
  setPlan,
}: {
  legalBases: string[];
  setPlan: SetPlan;
}) {
  const { t } = useI18n();
  const n = useControlNames();
  return (
    <Block id="block-legal" title={t('blockLegalBases')}>
      <StringListEditor
        values={legalBases}
        onChange={(v) => setPlan((p) => ({ ...p, legalBases: v }))}
        addLabel={t('addLegalBasis')}
        placeholder={t('legalBasisPlaceholder')}
        emptyText={t('noLegalBases')}
        multiline
        marker={() => 'Căn cứ'}
        testId="legal"
        field={(index) => ({ kind: 'legalBasis', index })}
        lineLabel={(k) => n('legalLine', { n: k })}
        citable
        entryName={(k) => n('legalName', { n: k })}
      />
    </Block>
  );
});

export const RecipientsBlock = memo(function RecipientsBlock({
  recipients,
  setPlan,
}: {
  recipients: Recipients;
  setPlan: SetPlan;
}) {
  const { t } = useI18n();
  const n = useControlNames();
  const set = (r: Partial<Recipients>) => setPlan((p) => ({ ...p, recipients: { ...p.recipients, ...r } }));
  return (
    <Block id="block-recipients" title={t('blockRecipients')}>
      <StringListEditor
        values={recipients.entries}
        onChange={(entries) => set({ entries })}
        addLabel={t('addRecipient')}
        marker={() => '-'}
        testId="recipients"
        field={(index) => ({ kind: 'recipient', index })}
        agency
        lineLabel={(k) => n('recipientLine', { n: k })}
        entryName={(k) => n('recipientName', { n: k })}
      />
      <div className="string-row archive-row">
        <span className="row-marker">- Lưu:</span>
        <TextInput
          value={recipients.archive}
          onChange={(archive) => set({ archive })}
          ariaLabel={t('archive')}
          testId="recipients-archive"
          field={{ kind: 'archive' }}
        />
      </div>
    </Block>
  );
});

export const SignatureBlock = memo(function SignatureBlock({
  signature,
  setPlan,
}: {
  signature: Signature;
  setPlan: SetPlan;
}) {
  const { t } = useI18n();
  const n = useControlNames();
  const set = (s: Partial<Signature>) => setPlan((p) => ({ ...p, signature: { ...p.signature, ...s } }));
  return (
    <Block id="block-signature" title={t('blockSignature')}>
      <div className="signature">
        <Field label={t('signatureLine')} group>
          <StringListEditor
            values={signature.lines}
            onChange={(lines) => set({ lines })}
            addLabel={t('addSignatureLine')}
            max={6}
            testId="signature-lines"
            field={(index) => ({ kind: 'signatureLine', index })}
            agency
            lineLabel={(k) => n('signatureLine', { n: k })}
            entryName={(k) => n('signatureLineName', { n: k })}
          />
        </Field>
        <Field label={t('signerName')}>
          <TextInput
            value={signature.name}
            onChange={(name) => set({ name })}
            testId="signature-name"
            field={{ kind: 'signatureName' }}
            className="input-strong"
          />
        </Field>
      </div>
    </Block>
  );
});

const AppendixEditor = memo(function AppendixEditor(props: {
  appendix: Appendix;
  index: number;
  count: number;
  setPlan: SetPlan;
}) {
  const { t } = useI18n();
  const { appendix: a, setPlan } = props;
  const testId = `appendix-${props.index}`;
  const n = useControlNames();
  const h = useMessages(historyMessages).t;
  const notifyDeleted = useDeletionNotice();
  const edit = useCallback<EditAppendix>(
    (fn) => setPlan((p) => updateAppendix(p, a.id, fn)),
    [a.id, setPlan],
  );
  const onBody = useCallback((body: RichText) => edit((x) => ({ ...x, body })), [edit]);
  return (
    <div className="appendix" data-testid={testId}>
      <div className="node-head">
        <span className="num-badge">{t('appendix', { n: props.index + 1 })}</span>
        <MoveRemove
          index={props.index}
          count={props.count}
          onMove={(d) => setPlan((p) => ({ ...p, appendices: moveInArray(p.appendices, props.index, d) }))}
          onRemove={() => {
            setPlan((p) => ({ ...p, appendices: removeAt(p.appendices, props.index) }));
            notifyDeleted(h('deletedNamed', { name: t('appendix', { n: props.index + 1 }) }));
          }}
          testId={testId}
          names={moveRemoveNames(n, n('appendixName', { n: props.index + 1 }))}
        />
      </div>
      <div className="grid-2">
        <Field label={t('appendixTitle')}>
          <TextInput
            value={a.title}
            onChange={(title) => edit((x) => ({ ...x, title }))}
            testId={`${testId}-title`}
            field={{ kind: 'appendixTitle', appendix: a.id }}
          />
        </Field>
        <Field label={t('appendixSubtitle')}>
          <TextInput
            value={a.subtitle}
            onChange={(subtitle) => edit((x) => ({ ...x, subtitle }))}
            placeholder={t('appendixSubtitleHint')}
            testId={`${testId}-subtitle`}
            field={{ kind: 'appendixSubtitle', appendix: a.id }}
          />
        </Field>
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={a.landscape}
          onChange={(e) => {
            const on = e.target.checked;
            edit((x) => setLandscape(x, on));
          }}
          data-testid={`${testId}-landscape`}
        />{' '}
        {t('landscape')}
      </label>
      <RichTextField
        value={a.body}
        onChange={onBody}
        label={t('appendixBody')}
        placeholder={t('appendixBody')}
        field={{ kind: 'appendixBody', appendix: a.id }}
      />
      {a.table ? (
        <AppendixTableEditor table={a.table} appendixId={a.id} testId={testId} edit={edit} />
      ) : (
        <div className="appendix-table-actions">
          <button
            type="button"
            className="btn btn-small"
            onClick={() => edit(addTable)}
            data-testid={`${testId}-add-table`}
          >
            + {t('addTaskTable')}
          </button>
          <span className="muted small">{t('addTaskTableHint')}</span>
        </div>
      )}
    </div>
  );
});

export const AppendicesBlock = memo(function AppendicesBlock({
  appendices,
  setPlan,
}: {
  appendices: Appendix[];
  setPlan: SetPlan;
}) {
  const { t } = useI18n();
  const add = () =>
    setPlan((p) => ({
      ...p,
      appendices: [
        ...p.appendices,
        {
          id: newId('a'),
          title: `PHỤ LỤC ${p.appendices.length + 1}`,
          subtitle: '',
          landscape: false,
          body: [],
          table: null,
        },
      ],
    }));
  return (
    <Block id="block-appendices" title={t('blockAppendices')}>
      {appendices.length === 0 ? <p className="muted">{t('noAppendices')}</p> : null}
      {appendices.map((a, i) => (
        <AppendixEditor key={a.id} appendix={a} index={i} count={appendices.length} setPlan={setPlan} />
      ))}
      <button type="button" className="btn btn-ghost btn-small" onClick={add} data-testid="add-appendix">
        + {t('addAppendix')}
      </button>
    </Block>
  );
});
