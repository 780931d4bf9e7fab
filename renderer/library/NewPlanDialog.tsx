import { useCallback, useState } from 'react';
import type { RendererApi } from '../../shared/contract/operations.ts';
import type { TemplateInfo } from '../../shared/contract/records.ts';
import { useApiAction, useApiQuery } from '../api/useApi.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { ErrorBanner } from '../shell/ErrorBanner.tsx';
import { Modal } from '../shell/Modal.tsx';
import { useLibraryText } from './libraryText.ts';

/** Rename in place: the name becomes a text field with "Lưu tên" and "Hủy". */
function RenameTemplate({
  template,
  onSave,
  onCancel,
  busy,
}: {
  template: TemplateInfo;
  onSave: (name: string) => void;
  onCancel: () => void;
  busy: boolean;
}) {
  const { t } = useLibraryText();
  const [name, setName] = useState(template.name);
  return (
    <form
      className="template-rename"
      onSubmit={(e) => {
        e.preventDefault();
        if (name.trim() !== '') onSave(name);
      }}
    >
      <input
        className="input"
        value={name}
        autoFocus
        aria-label={t('templateNewName', { name: template.name })}
        onChange={(e) => setName(e.target.value)}
        maxLength={200}
      />
      <button type="submit" className="btn btn-small btn-primary" disabled={busy || name.trim() === ''}>
        {t('saveName')}
      </button>
      <button type="button" className="btn btn-small" onClick={onCancel}>
        {t('cancel')}
      </button>
    </form>
  );
}

/**
 * "Tạo kế hoạch mới": built-in templates and those the user saved ("Lưu làm mẫu"); the user's own
 * can be renamed and deleted here, where they are chosen.
 */
export function NewPlanDialog({
  api,
  onCreated,
  onClose,
}: {
  api: RendererApi;
  onCreated: (id: string) => void;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const lt = useLibraryText().t;
  const list = useApiQuery(useCallback(() => api.listTemplates(), [api]));
  const templates = list.data;
  // The first template until the user picks one.
  const [picked, setPicked] = useState<string | null>(null);
  const chosen = (templates?.some((tp) => tp.id === picked) ? picked : null) ?? templates?.[0]?.id ?? null;
  const [renaming, setRenaming] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<TemplateInfo | null>(null);
  const action = useApiAction();
  const { busy } = action;
  const error = action.error ?? list.error;
  const create = async () => {
    if (!chosen) return;
    const r = await action.run(() => api.createPlan({ templateId: chosen }));
    if (r?.ok) onCreated(r.value.id);
  };
  const rename = async (id: string, name: string) => {
    const r = await action.run(() => api.renameUserTemplate(id, name));
    if (!r?.ok) return;
    setRenaming(null);
    list.reload();
  };
  const remove = async (id: string) => {
    const r = await action.run(() => api.deleteUserTemplate(id));
    setDeleting(null);
    if (r?.ok) list.reload();
  };
  return (
    <Modal title={t('newPlanTitle')} onClose={onClose} testId="new-plan-dialog">
      <p className="muted">{t('newPlanHint')}</p>
      {error ? <ErrorBanner error={error} /> : null}
      {templates === null && !error ? <p className="muted">{t('loading')}</p> : null}
      <div className="template-list" role="radiogroup" aria-label={t('newPlanTitle')}>
        {templates?.map((tp) =>
          renaming === tp.id ? (
            <RenameTemplate
              key={tp.id}
              template={tp}
              busy={busy}
              onSave={(name) => void rename(tp.id, name)}
              onCancel={() => setRenaming(null)}
            />
          ) : (
            <div key={tp.id} className="template-row">
              <label className={chosen === tp.id ? 'template template-chosen' : 'template'}>
                <input
                  type="radio"
                  name="template"
                  value={tp.id}
                  checked={chosen === tp.id}
                  onChange={() => setPicked(tp.id)}
                />
                <span>
                  <span className="template-name">{lang === 'en' ? tp.nameEn : tp.name}</span>
                  {tp.builtIn ? <span className="tag">{t('builtIn')}</span> : null}
                  <span className="template-desc">{lang === 'en' ? tp.descriptionEn : tp.description}</span>
                </span>
              </label>
              {tp.builtIn ? null : (
                <span className="template-actions">
                  <button
                    type="button"
                    className="btn btn-small"
                    aria-label={lt('renameTemplateNamed', { name: tp.name })}
                    onClick={() => setRenaming(tp.id)}
                  >
                    {lt('renameTemplate')}
                  </button>
                  <button
                    type="button"
                    className="btn btn-small btn-ghost-danger"
                    aria-label={lt('deleteTemplateNamed', { name: tp.name })}
                    onClick={() => setDeleting(tp)}
                  >
                    {lt('deleteTemplate')}
                  </button>
                </span>
              )}
            </div>
          ),
        )}
      </div>
      <div className="modal-actions">
        <button type="button" className="btn" onClick={onClose}>
          {t('cancel')}
        </button>
        <button
          type="button"
          className="btn btn-primary"
          disabled={!chosen || busy}
          onClick={() => void create()}
          data-testid="create-plan"
        >
          {busy ? t('creating') : t('create')}
        </button>
      </div>
      {deleting ? (
        <Modal title={lt('deleteTemplateTitle')} onClose={() => setDeleting(null)}>
          <p>{lt('deleteTemplateConfirm', { name: deleting.name })}</p>
          <div className="modal-actions">
            <button type="button" className="btn" onClick={() => setDeleting(null)}>
              {lt('cancel')}
            </button>
            <button
              type="button"
              className="btn btn-danger"
              disabled={busy}
              onClick={() => void remove(deleting.id)}
            >
              {lt('deleteTemplateYes')}
            </button>
          </div>
        </Modal>
      ) : null}
    </Modal>
  );
}
