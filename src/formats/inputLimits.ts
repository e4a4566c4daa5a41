// The most any input file may ask of Telaah: beyond these it is refused with a message naming the
// limit, before the work it would cost is done (README "Limits" lists them).

export const INPUT_LIMITS = {
  /** A .qdpx archive, as it is on disk. */
  archiveBytes: 512 * 1024 ** 2,
  /** All entries of an archive together, inflated. */
  inflatedBytes: 512 * 1024 ** 2,
  /** One entry of an archive (project.qde or a source text), inflated. */
  entryBytes: 128 * 1024 ** 2,
  /** How many times its packed size an entry may inflate to (entries over 64 KB). */
  inflateRatio: 100,
  /** One text: a transcript, a source, or any one value or attribute in XML (in characters). */
  textCharacters: 10_000_000,
  /** Elements nested in XML (project.qde, .qdc). */
  xmlDepth: 1000,
  /** Arrays and objects nested in a project file (JSON). */
  jsonDepth: 1000,
  /** Codes nested in a code tree. */
  codeTreeDepth: 256,
  /** A CSV file (attribute table, codebook), as it is on disk. */
  csvBytes: 64 * 1024 ** 2,
  /** Rows of an attribute or codebook CSV, the header included. */
  csvRows: 100_000,
  /** Columns of an attribute or codebook CSV. */
  csvColumns: 1000,
} as const;

/** "512 MB", "1 GB": a limit in words. */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 ** 3 ? `${bytes / 1024 ** 3} GB` : `${Math.round(bytes / 1024 ** 2)} MB`;
}

/** "10,000,000": a count as the messages write it. */
export function formatCount(count: number): string {
  return count.toLocaleString("en-US");
}
