// A button that opens the browser's file chooser. The file input itself is hidden but keeps the
// button's accessible name, so that tests and assistive tools can reach it too.
import { useRef, type ReactNode } from "react";

interface FilePickerProps {
  label: string;
  accept: string;
  multiple?: boolean;
  id?: string;
  className?: string;
  title?: string;
  children?: ReactNode;
  onFiles(files: File[]): void;
}

export function FilePicker({ label, accept, multiple, id, className, title, children, onFiles }: FilePickerProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className={className} title={title} onClick={() => input.current?.click()}>
        {children ?? label}
      </button>
      <input
        ref={input}
        id={id}
        type="file"
        accept={accept}
        multiple={multiple}
        className="visually-hidden"
        tabIndex={-1}
        aria-label={label}
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = "";
          if (files.length) onFiles(files);
        }}
      />
    </>
  );
}
