// The benchmark page's one entry: loads the library named by `?peer=` (each with its own styles,
// so that the two libraries, which share class names, never meet on one page).
const peer = new URLSearchParams(location.search).get("peer");
const pages: Record<string, () => Promise<unknown>> = { textAnnotator: () => import("./textAnnotator"), recogitoJs: () => import("./recogitoJs") };
const load = peer === null ? undefined : pages[peer];
if (!load) throw new Error(`no benchmark page for the library "${peer ?? ""}"`);
void load();
