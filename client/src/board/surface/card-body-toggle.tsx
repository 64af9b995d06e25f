import { t } from "../../i18n/text.ts";

interface CardBodyToggleProps {
  title: string;
  expanded: boolean;
  /** The unfolded editor's id, given only while it exists. */
  controls: string | undefined;
  onToggle: () => void;
}

/**
 * Folds and unfolds a card's description: folded, forty cards fit on a screen and only a preview is drawn. A small
 * drawn page on the card's first line; its name says what it opens.
 */
export function CardBodyToggle({ title, expanded, controls, onToggle }: CardBodyToggleProps) {
  return (
    <button
      type="button"
      className="card__body-toggle"
      aria-expanded={expanded}
      aria-controls={controls}
      aria-label={t.surface.bodyToggleLabel(title)}
      title={t.surface.bodyToggle}
      onClick={onToggle}
    >
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <path d="M3 3.5h10M3 6.5h10M3 9.5h10M3 12.5h6" fill="none" stroke="currentColor" strokeWidth="1.6" />
      </svg>
    </button>
  );
}
