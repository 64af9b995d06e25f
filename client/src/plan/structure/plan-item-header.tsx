import { type ReactNode, useState } from "react";
import { useFocusReturn } from "../../forms/use-focus-return.ts";
import { t } from "../../i18n/text.ts";
import { usePlan } from "../plan-context.ts";
import { TitleForm } from "./title-form.tsx";

interface PlanItemHeaderProps {
  heading: "h3" | "h4";
  id: string;
  /** "Axe 2", "Objectif 2.1": where the item stands, read before its title. */
  number: string;
  title: string;
  renameLabel: string;
  onRename: (title: string) => string | null;
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
  children,
}: PlanItemHeaderProps) {
  const { canEdit } = usePlan();
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
        </div>
      )}
    </div>
  );
}
