/**
 * Offers `data` as a JSON file download, made in the page: no request leaves the browser.
 * The object URL is revoked a little later, because revoking it in the same task can cancel
 * the download in some browsers before it has read the blob.
 */
export function downloadJson(filename: string, data: unknown): void {
  const blob = new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
