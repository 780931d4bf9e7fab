import { useCallback, useState } from 'react';
import type { Envelope } from '../../shared/contract/appError.ts';
import type { BackupInfo } from '../../shared/contract/backupOperations.ts';
import { useApiAction, useApiQuery } from '../api/useApi.ts';
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
  // null until the drafter opens or closes the screen: then the start-up status decides.
  const [chosen, setOpen] = useState<boolean | null>(null);
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const action = useApiAction();
  const busy = action.busy;

  // A damaged workspace must not look like an empty library: open the recovery screen at once.
  const atStart = useApiQuery(useCallback(() => api.workspaceStatus(), [api])).data;
  const open = chosen ?? (atStart !== null && atStart.state !== 'open');

  // Read again at every opening of the screen (open: null → query) and after every action.
  const readStatus = useCallback(() => api.workspaceStatus(), [api]);
  const readBackups = useCallback(() => api.listBackups(), [api]);
  const statusQuery = useApiQuery(open ? readStatus : null);
  const backupsQuery = useApiQuery(open ? readBackups : null);
  const status = statusQuery.data;
  const backups = backupsQuery.data;
  const error = action.error ?? statusQuery.error ?? backupsQuery.error;

  const run = async <T,>(call: () => Promise<Envelope<T>>, done: (value: T) => string) => {
    setNotice(null);
    const r = await action.run(call);
    if (r === null) return;
    setConfirming(null);
    if (r.ok) setNotice(done(r.value));
    statusQuery.reload();
    backupsQuery.reload();
    refresh();
  };

  const backupNow = () =>
    run(
      () => api.createBackup(),
      (b) => bt('backedUp', { time: formatDayTime(b.createdAt) }),
    );

  const restore = (b: BackupInfo) =>
    run(
      () => api.restoreBackup(b.id),
      () => bt('restored', { time: formatDayTime(b.createdAt) }),
    );

  const salvage = () =>
    run(
      () => api.salvageWorkspace(),
      (r) => bt('salvaged', { count: r.salvaged.length, lost: r.lost, file: r.keptAside }),
    );

  const close = () => {
    setOpen(false);
    setConfirming(null);
    setNotice(null);
    action.setError(null);
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
