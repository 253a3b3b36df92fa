/** A file the reader saves: its name, media type and text. */
export interface TextFile {
  name: string;
  mimeType: string;
  text: string;
}

/**
 * Saves text as a file through a Blob URL and a temporary link. The URL is
 * revoked a minute later rather than at once: the browser starts the download
 * asynchronously, and revoking the URL right after `click()` can cancel it
 * (seen in Firefox).
 */
export function downloadTextFile(file: TextFile, doc: Document = document): void {
  const blob = new Blob([file.text], { type: file.mimeType });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
