// The codebook tree (role "tree", named "Codes"): themes and codes with their colour and counts.
// Keyboard: arrows move and open/close, Enter codes the selected passage, F2 renames, Delete
// deletes, Alt+arrows reorder and nest. Mouse: drag a code onto another (nest) or between (reorder).
import { useEffect, useMemo, useRef, useState, type DragEvent, type KeyboardEvent } from "react";
import { applyCodeToSelection } from "../../app/codingActions";
import { moveCodeTo } from "../../app/codebookActions";
import { codeChildren } from "../../core/analysis/codebookRows";
import { subtreeIds } from "../../core/model/codeTree";
import { NEUTRAL_CODE_COLOR } from "../../core/model/palette";
import type { Code } from "../../core/model/types";
import { countNoun, t } from "../../lang";
import { visibleRows, type TreeRow } from "./treeModel";

export interface CodeCounts {
  references: number;
  documents: number;
}

interface CodeTreeProps {
  projectId: string;
  codes: Code[];
  counts: ReadonlyMap<string, CodeCounts>;
  filter: string;
  selectedId: string | null;
  onSelect(codeId: string): void;
  onRename(codeId: string): void;
  onDelete(codeId: string): void;
  /** A code whose row should take the focus as soon as it is shown. */
  focusId: string | null;
  onFocused(): void;
}

type DropPlace = "before" | "inside" | "after";

export function CodeTree({ projectId, codes, counts, filter, selectedId, onSelect, onRename, onDelete, focusId: wantFocus, onFocused }: CodeTreeProps) {
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [drop, setDrop] = useState<{ id: string; place: DropPlace } | null>(null);
  const rows = useMemo(() => visibleRows(codes, collapsed, filter), [codes, collapsed, filter]);
  const treeRef = useRef<HTMLUListElement>(null);
  const focusId = selectedId && rows.some((r) => r.code.id === selectedId) ? selectedId : rows[0]?.code.id;

  // The selected code is always shown: its themes open, its row scrolled into view.
  useEffect(() => {
    if (!selectedId) return;
    const byId = new Map(codes.map((c) => [c.id, c]));
    const ancestors: string[] = [];
    for (let at = byId.get(selectedId)?.parentId; at; at = byId.get(at)?.parentId) ancestors.push(at);
    if (ancestors.some((id) => collapsed.has(id))) setCollapsed((s) => new Set([...s].filter((id) => !ancestors.includes(id))));
  }, [selectedId, codes, collapsed]);
  useEffect(() => {
    if (selectedId) treeRef.current?.querySelector(`[data-code-id="${selectedId}"]`)?.scrollIntoView({ block: "nearest" });
  }, [selectedId, rows]);

  useEffect(() => {
    const row = wantFocus && treeRef.current?.querySelector<HTMLElement>(`[data-code-id="${wantFocus}"]`);
    if (!row) return;
    row.focus();
    onFocused();
  }, [wantFocus, rows, onFocused]);

  useEffect(() => {
    const active = document.activeElement;
    if (active && treeRef.current?.contains(active) && focusId) {
      treeRef.current.querySelector<HTMLElement>(`[data-code-id="${focusId}"]`)?.focus();
    }
  }, [focusId, rows]);

  const toggle = (id: string, open?: boolean) =>
    setCollapsed((s) => {
      const next = new Set(s);
      if (open ?? next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const moveWithKeys = (row: TreeRow, key: string) => {
    const siblings = codeChildren(codes).get(row.code.parentId) ?? [];
    const index = siblings.findIndex((c) => c.id === row.code.id);
    if (key === "ArrowUp" && index > 0) void moveCodeTo(projectId, row.code.id, row.code.parentId, index - 1);
    if (key === "ArrowDown" && index < siblings.length - 1) void moveCodeTo(projectId, row.code.id, row.code.parentId, index + 1);
    if (key === "ArrowRight" && index > 0) {
      const newParent = siblings[index - 1]!;
      toggle(newParent.id, true);
      void moveCodeTo(projectId, row.code.id, newParent.id, codeChildren(codes).get(newParent.id)?.length ?? 0);
    }
    if (key === "ArrowLeft" && row.code.parentId) {
      const parent = codes.find((c) => c.id === row.code.parentId);
      const parentSiblings = codeChildren(codes).get(parent?.parentId ?? null) ?? [];
      void moveCodeTo(projectId, row.code.id, parent?.parentId ?? null, parentSiblings.findIndex((c) => c.id === parent?.id) + 1);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>, row: TreeRow, index: number) => {
    const go = (i: number) => rows[i] && onSelect(rows[i].code.id);
    if (event.altKey && event.key.startsWith("Arrow")) moveWithKeys(row, event.key);
    else if (event.key === "ArrowDown") go(index + 1);
    else if (event.key === "ArrowUp") go(index - 1);
    else if (event.key === "Home") go(0);
    else if (event.key === "End") go(rows.length - 1);
    else if (event.key === "ArrowRight") {
      if (row.hasChildren && !row.expanded) toggle(row.code.id, true);
      else if (row.expanded) go(index + 1);
    } else if (event.key === "ArrowLeft") {
      if (row.expanded) toggle(row.code.id, false);
      else if (row.code.parentId) onSelect(row.code.parentId);
    } else if (event.key === "Enter") void applyCodeToSelection(projectId, row.code.id);
    else if (event.key === "F2") onRename(row.code.id);
    else if (event.key === "Delete") onDelete(row.code.id);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  const placeFor = (event: DragEvent<HTMLElement>): DropPlace => {
    const box = event.currentTarget.getBoundingClientRect();
    const y = (event.clientY - box.top) / box.height;
    return y < 0.25 ? "before" : y > 0.75 ? "after" : "inside";
  };
  const onDrop = (event: DragEvent<HTMLElement>, target: Code) => {
    event.preventDefault();
    const draggedId = event.dataTransfer.getData("application/x-telaah-code");
    const place = placeFor(event);
    setDrop(null);
    if (!draggedId || subtreeIds(codes, draggedId).has(target.id)) return;
    if (place === "inside") {
      toggle(target.id, true);
      void moveCodeTo(projectId, draggedId, target.id, codeChildren(codes).get(target.id)?.length ?? 0);
      return;
    }
    const siblings = (codeChildren(codes).get(target.parentId) ?? []).filter((c) => c.id !== draggedId);
    const at = siblings.findIndex((c) => c.id === target.id) + (place === "after" ? 1 : 0);
    void moveCodeTo(projectId, draggedId, target.parentId, at);
  };

  return (
    <ul className="code-tree" role="tree" aria-label={t("codes")} ref={treeRef}>
      {rows.map((row, index) => {
        const count = counts.get(row.code.id);
        const dropClass = drop?.id === row.code.id ? ` drop-${drop.place}` : "";
        return (
          <li
            key={row.code.id}
            role="treeitem"
            data-code-id={row.code.id}
            aria-level={row.level}
            aria-setsize={row.siblings}
            aria-posinset={row.position + 1}
            aria-expanded={row.hasChildren ? row.expanded : undefined}
            aria-selected={row.code.id === selectedId}
            tabIndex={row.code.id === focusId ? 0 : -1}
            className={`code-row${row.code.id === selectedId ? " selected" : ""}${dropClass}`}
            style={{ paddingLeft: `${(row.level - 1) * 1.1 + 0.4}rem` }}
            draggable
            onDragStart={(e) => {
              e.dataTransfer.setData("application/x-telaah-code", row.code.id);
              e.dataTransfer.effectAllowed = "move";
            }}
            onDragOver={(e) => {
              e.preventDefault();
              setDrop({ id: row.code.id, place: placeFor(e) });
            }}
            onDragLeave={() => setDrop(null)}
            onDrop={(e) => onDrop(e, row.code)}
            onClick={() => onSelect(row.code.id)}
            onDoubleClick={() => void applyCodeToSelection(projectId, row.code.id)}
            onKeyDown={(e) => onKeyDown(e, row, index)}
          >
            <span
              className="twisty"
              aria-hidden="true"
              onClick={(e) => {
                e.stopPropagation();
                if (row.hasChildren) toggle(row.code.id);
              }}
            >
              {row.hasChildren ? (row.expanded ? "▾" : "▸") : ""}
            </span>
            <span className="swatch" style={{ background: row.code.color ?? NEUTRAL_CODE_COLOR }} aria-hidden="true" />
            <span className={row.hasChildren ? "code-name theme-name" : "code-name"} title={row.code.name}>
              {row.code.name}
            </span>
            <span className="code-counts" title={`${countNoun(count?.references ?? 0, "reference")} in ${countNoun(count?.documents ?? 0, "document")}`}>
              <span className="refs">{count?.references ?? 0}</span>
              <span className="docs">{count?.documents ?? 0}</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
