// Bringing the content of an older project file up to the current version: one pure step per
// version, each on plain JSON as the older version wrote it. The current schema checks the shape
// after migrating, so a step leaves alone whatever it does not recognize.

/** The version of the project file this Telaah writes, and the newest it reads. */
export const PROJECT_FILE_VERSION = 3;

type Step = (content: unknown) => unknown;

/** STEPS[n] turns the content of a version-n file into that of version n + 1. */
const STEPS: Record<number, Step> = {
  1: addDescriptions,
  2: keepAsItIs,
};

/** The content of a file of `fromVersion` (1 up to the current version) as the current version holds it. */
export function migrateContent(content: unknown, fromVersion: number): unknown {
  if (!Number.isInteger(fromVersion) || fromVersion < 1 || fromVersion > PROJECT_FILE_VERSION) {
    throw new RangeError(`no migration from project file version ${fromVersion}`);
  }
  let migrated = content;
  for (let version = fromVersion; version < PROJECT_FILE_VERSION; version++) {
    const step = STEPS[version];
    if (!step) throw new RangeError(`no migration from project file version ${version}`);
    migrated = step(migrated);
  }
  return migrated;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Version 1 → 2: documents and cases gain a free-text description, empty for every record. */
function addDescriptions(content: unknown): unknown {
  if (!isRecord(content)) return content;
  const described = (records: unknown) => (Array.isArray(records) ? records.map((r: unknown) => (isRecord(r) ? { ...r, description: "" } : r)) : records);
  return { ...content, documents: described(content.documents), cases: described(content.cases) };
}

/**
 * Version 2 → 3: nothing to rewrite. Version 3 adds optional fields (a coding's imported selection,
 * users, rich-text originals, the project's base path) and lets dates be absent, so every
 * version-2 content is version-3 content as it stands.
 */
function keepAsItIs(content: unknown): unknown {
  return content;
}
