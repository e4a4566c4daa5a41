// A memo, edited in place: its title, its rich text (Tiptap: bold, italic, bullet and numbered
// lists, with a toolbar and the usual keys), what it is attached to (each opened, or detached, in
// one step) with a form to attach it to another record, its author and change time, and Delete.
// The title is saved on Enter or leaving the field, the text on leaving the editor: one undo step each.
import { useEffect, useRef, useState } from "react";
import { EditorContent, useEditor } from "@tiptap/react";
import Document from "@tiptap/extension-document";
import Paragraph from "@tiptap/extension-paragraph";
import Text from "@tiptap/extension-text";
import { addMemoLink, removeMemo, removeMemoLink, saveMemo } from "../../app/memoActions";
import { sameLink, type Memo, type MemoDoc, type MemoLink } from "../../core/model/memo";
import type { MemoTarget } from "../../core/model/memoTargets";
import { MemoBold, MemoBulletList, MemoHistory, MemoItalic, MemoListItem, MemoOrderedList } from "../../editor/memoExtensions";
import { formatDay, t } from "../../lang";
import { MemoAttachForm } from "./MemoAttachForm";
import "../../lang/enViews";

interface Props {
  memo: Memo;
  authorName: string;
  name(link: MemoLink): MemoTarget;
  open(target: MemoTarget): void;
  records: { projectId: string; documents: readonly { id: string; name: string }[]; cases: readonly { id: string; name: string }[]; codes: readonly { id: string; path: string }[] };
  autoFocus: boolean;
}

export function MemoEditor({ memo, authorName, name, open, records, autoFocus }: Props) {
  // The memo as last saved here, until the stored memo is read again (after a save, an undo, another tab).
  const [current, setCurrent] = useState(memo);
  const [seen, setSeen] = useState(memo);
  if (memo !== seen) {
    setSeen(memo);
    setCurrent(memo);
  }
  const [draft, setDraft] = useState(current.title);
  const [draftOf, setDraftOf] = useState(current.title);
  if (current.title !== draftOf) {
    setDraftOf(current.title);
    setDraft(current.title);
  }
  const latest = useRef(current);
  useEffect(() => {
    latest.current = current;
  }, [current]);
  const apply = (changed: Memo | null) => changed && setCurrent(changed);

  const editor = useEditor({
    extensions: [Document, Paragraph, Text, MemoBold, MemoItalic, MemoListItem, MemoBulletList, MemoOrderedList, MemoHistory],
    content: memo.text,
    shouldRerenderOnTransaction: true,
    editorProps: { attributes: { class: "memo-text", role: "textbox", "aria-multiline": "true", "aria-label": t("memoText") } },
    onBlur: ({ editor: blurred }) => {
      const text = blurred.getJSON() as MemoDoc;
      if (JSON.stringify(text) !== JSON.stringify(latest.current.text)) void saveMemo(latest.current, { text }).then(apply);
    },
  });
  useEffect(() => {
    if (editor && !editor.isFocused && JSON.stringify(editor.getJSON()) !== JSON.stringify(current.text)) editor.commands.setContent(current.text, { emitUpdate: false });
  }, [editor, current.text]);

  const saveTitle = () => {
    if (draft.trim() && draft.trim() !== current.title) void saveMemo(current, { title: draft }).then(apply);
    else setDraft(current.title);
  };
  const format = (label: string, active: boolean, run: () => void) => (
    <button type="button" aria-pressed={active} onMouseDown={(e) => e.preventDefault()} onClick={run}>
      {label}
    </button>
  );
  const linkLabel = (link: MemoLink) => `${t(`memoType_${link.kind}`)}: ${name(link).name ?? t("memoDeletedTarget")}`;

  return (
    <article className="memo-editor" aria-label={t("memoEditor")}>
      <label className="memo-title">
        <span className="visually-hidden">{t("memoTitle")}</span>
        <input
          autoFocus={autoFocus}
          value={draft}
          aria-label={t("memoTitle")}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={saveTitle}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              saveTitle();
            }
          }}
        />
      </label>
      <p className="muted memo-meta">
        {t("memoBy", { name: authorName })}
        {current.modified && ` · ${t("memoChanged", { date: formatDay(current.modified, new Date()) })}`}
      </p>
      {editor && (
        <div className="memo-toolbar" role="toolbar" aria-label={t("memoFormatting")}>
          {format(t("memoBold"), editor.isActive("bold"), () => editor.chain().focus().toggleMark("bold").run())}
          {format(t("memoItalic"), editor.isActive("italic"), () => editor.chain().focus().toggleMark("italic").run())}
          {format(t("memoBulletList"), editor.isActive("bulletList"), () => editor.chain().focus().toggleList("bulletList", "listItem").run())}
          {format(t("memoNumberedList"), editor.isActive("orderedList"), () => editor.chain().focus().toggleList("orderedList", "listItem").run())}
        </div>
      )}
      <div data-own-undo="">
        <EditorContent editor={editor} />
      </div>
      <section className="memo-links" aria-label={t("memoAttachedTo")}>
        <h2>{t("memoAttachedTo")}</h2>
        {current.links.length === 0 ? (
          <p className="muted">{t("memoNoLinks")}</p>
        ) : (
          <ul className="plain-list">
            {current.links.map((link) => {
              const target = name(link);
              const label = linkLabel(link);
              return (
                <li key={`${link.kind}:${link.id}`} className={target.name === null ? "memo-link dead" : "memo-link"}>
                  <span>{label}</span>
                  {target.name !== null && link.kind !== "project" && (
                    <button type="button" className="link-button" aria-label={t("memoOpenTarget", { name: label })} onClick={() => open(target)}>
                      {t("memoOpen")}
                    </button>
                  )}
                  <button type="button" className="link-button" aria-label={t("memoUnlink", { name: label })} onClick={() => void removeMemoLink(current, link).then(apply)}>
                    {t("memoDetach")}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        <MemoAttachForm records={records} isLinked={(link) => current.links.some((l) => sameLink(l, link))} onAttach={(link) => void addMemoLink(current, link).then(apply)} />
      </section>
      <div className="button-row">
        <button type="button" className="danger" onClick={() => void removeMemo(current)}>
          {t("deleteMemo")}
        </button>
      </div>
    </article>
  );
}
