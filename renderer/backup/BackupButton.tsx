import { useEffect, useState } from 'react';
import type { ErrorInfo } from '../../shared/contract/appError.ts';
import type { BackupInfo, WorkspaceStatus } from '../../shared/contract/backupOperations.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { ErrorBanner } from '../shell/ErrorBanner.tsx';
import { formatDayTime } from '../shell/format.ts';
import { Modal } from '../shell/Modal.tsx';
import type { LibraryToolbarProps } from '../slots.ts';
import { useBackupText } from './backupText.ts';

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * "Sao lưu" in the library's toolbar: the workspace's backups, a manual backup and a restore. When
 * the back end found the data file damaged (or empty, or written by a newer version) the screen opens
 * by itself and offers the newest good backup and a salvage of the readable plans.
 */
export function BackupButton({ api, refresh }: LibraryToolbarProps) {
  const { bt } = useBackupText();
  const { errorText } = useI18n();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<WorkspaceStatus | null>(null);
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);

  // Bumped after every action, so the effect below reads the status and the list again.
  const [generation, setGeneration] = useState(0);

  // A damaged workspace must not look like an empty library: open the recovery screen at once.
  useEffect(() => {
    let live = true;
    void api.workspaceStatus().then((s) => {
      if (live && s.ok && s.value.state !== 'open') setOpen(true);
    });
    return () => {
      live = false;
    };
  }, [api]);

  useEffect(() => {
    if (!open) return;
    let live = true;
    void Promise.all([api.workspaceStatus(), api.listBackups()]).then(([s, list]) => {
      if (!live) return;
      if (s.ok) setStatus(s.value);
      else setError(s.error);
      if (list.ok) setBackups(list.value);
      else setError(list.error);
    });
    return () => {
      live = false;
    };
  }, [api, open, generation]);

  const run = async (action: () => Promise<string | null>) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    const message = await action();
    setBusy(false);
    setConfirming(null);
    if (message) setNotice(message);
    setGeneration((g) => g + 1);
    refresh();
  };

  const backupNow = () =>
    run(async () => {
      const r = await api.createBackup();
      if (!r.ok) {
        setError(r.error);
        return null;
      }
      return bt('backedUp', { time: formatDayTime(r.value.createdAt) });
    });

  const restore = (b: BackupInfo) =>
    run(async () => {
      const r = await api.restoreBackup(b.id);
      if (!r.ok) {
        setError(r.error);
        return null;
      }
      return bt('restored', { time: formatDayTime(b.createdAt) });
    });

  const salvage = () =>
    run(async () => {
      const r = await api.salvageWorkspace();
      if (!r.ok) {
        setError(r.error);
        return null;
      }
      return bt('salvaged', { count: r.value.salvaged.length, lost: r.value.lost, file: r.value.keptAside });
    });

  const close = () => {
    setOpen(false);
    setConfirming(null);
    setNotice(null);
    setError(null);
  };

  const broken = status !== null && status.state !== 'open' ? status : null;

  return (
    <>
      <button type="button" className="btn" onClick={() => setOpen(true)}>
        {bt('open')}
      </button>
      {open ? (
        <Modal title={bt('title')} onClose={close} testId="backup-dialog">
          {broken ? (
            <div className="banner banner-error" role="alert">
              <strong>{bt('damagedTitle')}</strong>
              <p>{errorText(broken.error)}</p>
              {broken.state === 'damaged' ? (
                <div className="modal-actions">
                  {broken.newestGoodBackup ? (
                    <button
                      type="button"
                      className="btn btn-primary"
                      disabled={busy}
                      onClick={() => void restore(broken.newestGoodBackup!)}
                    >
                      {bt('restoreNewest', { time: formatDayTime(broken.newestGoodBackup.createdAt) })}
                    </button>
                  ) : (
                    <span>{bt('noGoodBackup')}</span>
                  )}
                  <button type="button" className="btn" disabled={busy} onClick={() => void salvage()}>
                    {bt('salvage')}
                  </button>
                </div>
              ) : null}
              {broken.state === 'damaged' ? <p className="muted">{bt('salvageHint')}</p> : null}
            </div>
          ) : (
            <p className="muted">{bt('hint')}</p>
          )}
          {notice ? (
            <p className="banner" role="status">
              {notice}
            </p>
          ) : null}
          {error ? <ErrorBanner error={error} /> : null}
          {confirming ? (
            <div className="banner" role="alertdialog" aria-label={bt('confirmYes')}>
              <p>{bt('confirmRestore', { time: formatDayTime(confirming.createdAt) })}</p>
              <div className="modal-actions">
                <button type="button" className="btn" onClick={() => setConfirming(null)}>
                  {bt('cancel')}
                </button>
                <button
                  type="button"
                  className="btn btn-danger"
                  disabled={busy}
                  onClick={() => void restore(confirming)}
                >
                  {bt('confirmYes')}
                </button>
              </div>
            </div>
          ) : null}
          {backups !== null && backups.length === 0 ? <p className="muted">{bt('empty')}</p> : null}
          {backups !== null && backups.length > 0 ? (
            <table className="plan-table">
              <thead>
                <tr>
                  <th>{bt('colTime')}</th>
                  <th>{bt('colReason')}</th>
                  <th>{bt('colSize')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {backups.map((b) => (
                  <tr key={b.id} data-testid="backup-row" title={b.id}>
                    <td>{formatDayTime(b.createdAt)}</td>
                    <td>{bt(`reason_${b.reason}`)}</td>
                    <td>{size(b.sizeBytes)}</td>
                    <td>
                      <button
                        type="button"
                        className="btn btn-small"
                        disabled={busy}
                        onClick={() => setConfirming(b)}
                      >
                        {bt('restore')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <div className="modal-actions">
            <button
              type="button"
              className="btn"
              disabled={busy || broken !== null}
              onClick={() => void backupNow()}
            >
              {busy ? bt('backingUp') : bt('backupNow')}
            </button>
            <button type="button" className="btn" onClick={close}>
              {bt('close')}
            </button>
          </div>
        </Modal>
      ) : null}
    </>
  );
}
