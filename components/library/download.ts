import type { ExportFile } from '@/lib/library/data';

/**
 * Saves a file through a Blob URL and an `<a download>`: no `downloads` permission needed.
 * The URL is revoked a little later, once the browser has started reading it.
 */
export function downloadFile(file: ExportFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
