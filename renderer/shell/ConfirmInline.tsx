/**
 * "Xóa …? Có / Không" in place of a row's buttons: a delete is confirmed where it was asked for,
 * without a dialog over the list.
 */
export function ConfirmInline({
  question,
  yes,
  no,
  onYes,
  onNo,
  yesTestId,
}: {
  question: string;
  yes: string;
  no: string;
  onYes: () => void;
  onNo: () => void;
  yesTestId?: string;
}) {
  return (
    <>
      <span className="muted small">{question} </span>
      <button type="button" className="btn btn-small btn-danger" onClick={onYes} data-testid={yesTestId}>
        {yes}
      </button>
      <button type="button" className="btn btn-small" onClick={onNo}>
        {no}
      </button>
    </>
  );
}
