// Saves text as a file through the browser's download.

/** Makes a name safe as a file name on every system. */
export function safeFileName(name: string): string {
  const printable = Array.from(name, (ch) => (ch < " " ? "_" : ch)).join("");
  return printable.replace(/[\\/:*?"<>|]+/g, "_").trim() || "telaah";
}

export function downloadText(fileName: string, parts: BlobPart[], type: string): void {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
