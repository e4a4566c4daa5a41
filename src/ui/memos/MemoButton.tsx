// The "Memos (n)" button of a record (a document, case, code or coded passage): opens the memo
// panel with that record's memos, where a new one can be written on it.
import type { MemoLink } from "../../core/model/memo";
import { t } from "../../lang";
import { useMemoCounts } from "../../state/memoQueries";
import { useWorkbench } from "../../state/workbenchStore";
import { linkKey } from "./useMemoTargets";

export function MemoButton({ projectId, target, name, className }: { projectId: string; target: MemoLink; name: string; className?: string }) {
  const count = useMemoCounts(projectId).get(linkKey(target)) ?? 0;
  const showMemos = useWorkbench((s) => s.showMemos);
  return (
    <button type="button" className={className ?? "link-button"} aria-label={t("memosButtonLabel", { name, count })} onClick={() => showMemos(target)}>
      {t("memosButton", { count })}
    </button>
  );
}
