// Reading a code typed as "Theme / Code" against a small codebook checked by hand.
import { describe, expect, it } from "vitest";
import { readCodePath } from "../../../src/core/model/codePath";
import type { Code } from "../../../src/core/model/types";

const code = (id: string, name: string, parentId: string | null): Code => ({ id, projectId: "p", name, parentId, color: null, description: "", order: 0 });
const codes = [code("t1", "Kendala tata kelola", null), code("c1", "Respon admin lambat", "t1"), code("t2", "Harapan", null), code("c2", "Pelatihan", "t2"), code("c3", "Modul", "c2")];

describe("readCodePath", () => {
  it("puts a new name under the theme its path names, matching names as the codebook does", () => {
    expect(readCodePath("Kendala tata kelola / Calo", codes)).toEqual({ kind: "new", name: "Calo", parentId: "t1" });
    expect(readCodePath("  kendala TATA kelola/Calo  ", codes)).toEqual({ kind: "new", name: "Calo", parentId: "t1" });
    expect(readCodePath("Harapan / Pelatihan / Video", codes)).toEqual({ kind: "new", name: "Video", parentId: "c2" });
  });
  it("reads a plain name as a top-level code", () => {
    expect(readCodePath("Calo", codes)).toEqual({ kind: "new", name: "Calo", parentId: null });
  });
  it("finds an existing code by its path, not a namesake elsewhere", () => {
    expect(readCodePath("Kendala tata kelola / Respon admin lambat", codes)).toEqual({ kind: "existing", codeId: "c1" });
    expect(readCodePath("Harapan / Respon admin lambat", codes)).toEqual({ kind: "new", name: "Respon admin lambat", parentId: "t2" });
  });
  it("says which theme on the path is missing", () => {
    expect(readCodePath("Harapan / Literasi / Video", codes)).toEqual({ kind: "missingParent", name: "Video", missing: "Harapan / Literasi" });
  });
  it("treats empty parts as nothing to create", () => {
    expect(readCodePath("Harapan / ", codes)).toEqual({ kind: "empty" });
    expect(readCodePath(" / Calo", codes)).toEqual({ kind: "empty" });
  });
});
