import { replace } from './quick-scan.js';

/**
 * Catches what a widget downloads (the shared src/shared/download.ts makes a
 * Blob URL and clicks an `<a download>`): the files' Blobs and names, in
 * order. Undo with `for (const undo of restore) undo();`.
 */
export function captureDownloads(): { blobs: Blob[]; names: string[]; restore: (() => void)[] } {
  const blobs: Blob[] = [];
  const names: string[] = [];
  const create = URL.createObjectURL.bind(URL);
  const restore = [
    replace(URL, 'createObjectURL', (obj: Blob | MediaSource) => {
      blobs.push(obj as Blob);
      return create(obj);
    }),
    replace(HTMLAnchorElement.prototype, 'click', function (this: HTMLAnchorElement) {
      names.push(this.download);
    }),
  ];
  return { blobs, names, restore };
}
