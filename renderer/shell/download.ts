const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

/**
 * Hand an exported file to the user. Binary payloads cross the contract as base64 (never as a
 * path), so both hosts download the same way: a Blob and a download link (Electron shows its
 * save dialog for it).
 */
export function downloadFile(fileName: string, base64: string, mime = DOCX_MIME): void {
  downloadBlob(fileName, new Blob([base64ToBytes(base64)], { type: mime }));
}

/** Text made in the page itself (a CSV export) goes out the same way. */
export function downloadText(fileName: string, text: string, mime: string): void {
  downloadBlob(fileName, new Blob([text], { type: mime }));
}

function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: some browsers read the blob asynchronously after the click.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
