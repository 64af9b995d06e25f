import { t } from "../../i18n/text.ts";

interface CardBodyToggleProps {
  title: string;
  expanded: boolean;
  /** The unfolded editor's id, given only while it exists. */
  controls: string | undefined;
  onToggle: () => void;
}

/** Folds and unfolds a card's description: folded, forty cards fit on a screen and only a preview is drawn. */
export function CardBodyToggle({ title, expanded, controls, onToggle }: CardBodyToggleProps) {
  return (
    <button
      type="button"
      className="card__body-toggle"
      aria-expanded={expanded}
      aria-controls={controls}
      aria-label={t.surface.bodyToggleLabel(title)}
      onClick={onToggle}
    >
      <span className="chevron" aria-hidden="true" />
      {t.surface.bodyToggle}
    </button>
  );
}
