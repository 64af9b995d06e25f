import type { ReactNode } from "react";

interface DisclosureButtonProps {
  open: boolean;
  onToggle: (open: boolean) => void;
  /** The id of the part it shows and hides. */
  controls: string;
  className?: string;
  children: ReactNode;
}

/**
 * Shows or hides a folded part of the board (the facilitator's tools, the filters) that sits elsewhere than right
 * after it, which a <details> element would require.
 */
export function DisclosureButton({ open, onToggle, controls, className, children }: DisclosureButtonProps) {
  return (
    <button
      type="button"
      className={`button button--small disclosure${className ? ` ${className}` : ""}`}
      aria-expanded={open}
      aria-controls={controls}
      onClick={() => onToggle(!open)}
    >
      <span className="chevron" aria-hidden="true" />
      {children}
    </button>
  );
}
