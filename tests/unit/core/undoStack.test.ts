// The undo stack: undo hands back the inverse diff, redo the diff; a new step clears redo; empty
// diffs are not recorded; the oldest steps go beyond the limit.
import { describe, expect, it } from "vitest";
import { emptyDiff, type ProjectDiff } from "../../../src/core/commands/diff";
import { stepLabel, type StepLabel } from "../../../src/core/commands/stepLabel";
import { UndoStack } from "../../../src/core/commands/undoStack";
import type { Code } from "../../../src/core/model/types";

/** The label of creating the code `name`. */
const creating = (name: string): StepLabel => stepLabel("createCode", { name });

const code = (name: string): Code => ({ id: name, projectId: "p", name, parentId: null, color: null, description: "", order: 0 });

function adding(name: string): ProjectDiff {
  const diff = emptyDiff();
  diff.codes.added.push(code(name));
  return diff;
}

function removing(name: string): ProjectDiff {
  const diff = emptyDiff();
  diff.codes.removed.push(code(name));
  return diff;
}

describe("UndoStack", () => {
  it("undoes with the inverse diff and redoes with the diff itself, in order", () => {
    const stack = new UndoStack();
    expect([stack.canUndo, stack.canRedo, stack.undoLabel, stack.redoLabel]).toEqual([false, false, null, null]);
    expect(stack.undo()).toBeNull();
    expect(stack.redo()).toBeNull();
    stack.push({ label: creating("A"), diff: adding("A") });
    stack.push({ label: creating("B"), diff: adding("B") });
    expect(stack.undoLabel).toEqual(creating("B"));
    expect(stack.undo()).toEqual({ label: creating("B"), diff: removing("B") });
    expect([stack.canUndo, stack.canRedo, stack.undoLabel, stack.redoLabel]).toEqual([true, true, creating("A"), creating("B")]);
    expect(stack.undo()).toEqual({ label: creating("A"), diff: removing("A") });
    expect(stack.canUndo).toBe(false);
    expect(stack.redo()).toEqual({ label: creating("A"), diff: adding("A") });
    expect(stack.redo()).toEqual({ label: creating("B"), diff: adding("B") });
    expect(stack.canRedo).toBe(false);
  });

  it("forgets what was undone when a new step is pushed, but not for an empty diff", () => {
    const stack = new UndoStack();
    stack.push({ label: creating("A"), diff: adding("A") });
    stack.push({ label: creating("B"), diff: adding("B") });
    stack.undo();
    stack.push({ label: creating("nothing"), diff: emptyDiff() });
    expect([stack.undoLabel, stack.redoLabel]).toEqual([creating("A"), creating("B")]);
    stack.push({ label: creating("C"), diff: adding("C") });
    expect([stack.undoLabel, stack.canRedo]).toEqual([creating("C"), false]);
  });

  it("holds 500 steps by default and drops the oldest beyond its limit", () => {
    const stack = new UndoStack();
    for (let i = 0; i < 501; i++) stack.push({ label: creating(`step ${i}`), diff: adding(`c${i}`) });
    const labels: StepLabel[] = [];
    for (let entry = stack.undo(); entry; entry = stack.undo()) labels.push(entry.label);
    expect(labels).toHaveLength(500);
    expect(labels[0]).toEqual(creating("step 500"));
    expect(labels.at(-1)).toEqual(creating("step 1"));

    const small = new UndoStack(2);
    ["A", "B", "C"].forEach((name) => small.push({ label: creating(name), diff: adding(name) }));
    expect([small.undo()?.label, small.undo()?.label, small.undo()]).toEqual([creating("C"), creating("B"), null]);
    expect(() => new UndoStack(0)).toThrow(/positive whole number/);
  });

  it("clears both directions", () => {
    const stack = new UndoStack();
    stack.push({ label: creating("A"), diff: adding("A") });
    stack.push({ label: creating("B"), diff: adding("B") });
    stack.undo();
    stack.clear();
    expect([stack.canUndo, stack.canRedo, stack.undoLabel, stack.redoLabel]).toEqual([false, false, null, null]);
  });

  it("keeps a change that could not be saved as the next redo, the history before it untouched", () => {
    const stack = new UndoStack();
    stack.push({ label: creating("A"), diff: adding("A") });
    stack.keepToRetry({ label: creating("B"), diff: adding("B") });
    expect([stack.undoLabel, stack.redoLabel]).toEqual([creating("A"), creating("B")]);
    expect(stack.redo()).toEqual({ label: creating("B"), diff: adding("B") });
    expect([stack.undoLabel, stack.redoLabel]).toEqual([creating("B"), null]);
    stack.keepToRetry({ label: creating("Nothing"), diff: emptyDiff() });
    expect(stack.canRedo).toBe(false);
  });
});

