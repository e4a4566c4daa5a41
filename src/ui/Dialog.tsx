// A modal dialog on the native <dialog> element: focus moves in and is trapped by the browser,
// Escape closes it, and it is named by its title for screen readers.
import { useEffect, useId, useRef, type ReactNode } from "react";
import { t } from "../lang";

interface DialogProps {
  title: string;
  open: boolean;
  onClose(): void;
  children: ReactNode;
  /** Shown at the bottom, usually the dialog's buttons. */
  actions?: ReactNode;
  role?: "dialog" | "alertdialog";
  /**
   * A non-modal dialog leaves the page as it is (no backdrop, nothing made inert): opening and
   * closing it then costs nothing on a very long transcript. Escape still closes it.
   */
  modal?: boolean;
}

export function Dialog({ title, open, onClose, children, actions, role = "dialog", modal = true }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (modal) dialog.showModal();
      else dialog.show();
    }
    if (!open && dialog.open) dialog.close();
  }, [open, modal]);
  return (
    <dialog
      ref={ref}
      role={role}
      aria-labelledby={titleId}
      className={modal ? "dialog" : "dialog dialog-floating"}
      aria-modal={modal ? undefined : false}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={(event) => {
        // A non-modal dialog gets no cancel event from Escape.
        if (!modal && event.key === "Escape") {
          event.preventDefault();
          onClose();
        }
      }}
    >
      {open && (
        <>
          <h2 id={titleId} className="dialog-title">
            {title}
          </h2>
          <div className="dialog-body">{children}</div>
          {actions && <div className="dialog-actions">{actions}</div>}
        </>
      )}
    </dialog>
  );
}

interface ConfirmDialogProps {
  title: string;
  body: string;
  confirmLabel: string;
  danger?: boolean;
  open: boolean;
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmDialog({ title, body, confirmLabel, danger, open, onConfirm, onCancel }: ConfirmDialogProps) {
  return (
    <Dialog
      title={title}
      open={open}
      onClose={onCancel}
      role="alertdialog"
      actions={
        <>
          <button type="button" onClick={onCancel} autoFocus>
            {t("cancel")}
          </button>
          <button type="button" className={danger ? "danger" : "primary"} onClick={onConfirm}>
            {confirmLabel}
          </button>
        </>
      }
    >
      <p>{body}</p>
    </Dialog>
  );
}
