import { type ReactNode, useState } from "react";
import { useFocusReturn } from "../../forms/use-focus-return.ts";
import { t } from "../../i18n/text.ts";
import { ConfirmButton } from "../../ui/confirm-button.tsx";
import { usePlan } from "../plan-context.ts";
import { VIEW_TITLE_ID } from "../plan-paths.ts";
import { TitleForm } from "./title-form.tsx";

interface PlanItemHeaderProps {
  heading: "h3" | "h4";
  id: string;
  /** "Axe 2", "Objectif 2.1": where the item stands, read before its title. */
  number: string;
  title: string;
  renameLabel: string;
  onRename: (title: string) => string | null;
  /** Asked before removing the item: what happens to its fiches. */
  removal: { label: string; question: string; onRemove: () => void };
  /** The move buttons, shown beside the rename button to those who edit. */
  children: ReactNode;
}

/** The title of an axis or an objective, which facilitators rename in place and move up or down. */
export function PlanItemHeader({
  heading: Heading,
  id,
  number,
  title,
  renameLabel,
  onRename,
  removal,
  children,
}: PlanItemHeaderProps) {
  const { canEdit, announce } = usePlan();
  const [renaming, setRenaming] = useState(false);
  const trigger = useFocusReturn<HTMLButtonElement>(renaming);

  if (renaming) {
    return (
      <TitleForm
        label={renameLabel}
        submitLabel={t.form.save}
        initial={title}
        onSubmit={(renamed) => {
          const refused = onRename(renamed);
          if (!refused) setRenaming(false);
          return refused;
        }}
        onCancel={() => setRenaming(false)}
      />
    );
  }
  return (
    <div className="plan-item-header">
      <Heading id={id} className="plan-item-header__title">
        <span className="plan-item-header__number">{number}</span> {title}
      </Heading>
      {canEdit && (
        <div className="plan-item-header__tools plan-edit-only">
          <button
            ref={trigger}
            type="button"
            className="button button--small button--quiet"
            aria-label={renameLabel}
            onClick={() => setRenaming(true)}
          >
            {t.plan.rename}
          </button>
          {children}
          <ConfirmButton
            label={t.plan.removeItem}
            accessibleLabel={removal.label}
            question={removal.question}
            confirmLabel={t.plan.removeItem}
            onConfirm={async () => {
              removal.onRemove();
              announce(t.plan.removed(title));
              // The item and its buttons are gone: the keyboard goes back to the top of the plan's view.
              document.getElementById(VIEW_TITLE_ID)?.focus();
            }}
          />
        </div>
      )}
    </div>
  );
}
