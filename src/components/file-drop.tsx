import { useId, useState, type DragEvent, type ReactNode } from 'react';

/**
 * A drop zone that is also a file picker: drag a file onto it, or use the button (keyboard and screen
 * readers use the button). Calls `onFile` with the first file.
 */
export function FileDrop({
  label,
  accept,
  hint,
  onFile,
  disabled,
}: {
  label: string;
  accept: string;
  hint?: ReactNode;
  onFile(file: File): void;
  disabled?: boolean;
}) {
  const id = useId();
  const [over, setOver] = useState(false);
  const take = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file && !disabled) onFile(file);
  };
  return (
    <div
      className={`file-drop${over ? ' is-over' : ''}${disabled ? ' is-disabled' : ''}`}
      onDragOver={(e: DragEvent) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e: DragEvent) => {
        e.preventDefault();
        setOver(false);
        take(e.dataTransfer.files);
      }}
    >
      <label htmlFor={id} className="file-button">
        {label}
      </label>
      <input
        id={id}
        type="file"
        accept={accept}
        className="file-input"
        disabled={disabled}
        onChange={(e) => {
          take(e.currentTarget.files);
          e.currentTarget.value = '';
        }}
      />
      <p className="file-drop-hint">or drop a file here{hint ? <> · {hint}</> : null}</p>
    </div>
  );
}
