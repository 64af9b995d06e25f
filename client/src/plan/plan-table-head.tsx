import { t } from "../i18n/text.ts";

/** A column of a plan table: its visible header and the class sizing it (plan.css). */
export interface PlanColumn {
  label: string;
  className?: string;
}

/** The header row of the plan's money and indicator tables, with the unlabelled column of row actions when editable. */
export function PlanTableHead({ columns, actions = false }: { columns: readonly PlanColumn[]; actions?: boolean }) {
  return (
    <thead>
      <tr>
        {columns.map(({ label, className }) => (
          <th key={label} scope="col" className={className}>
            {label}
          </th>
        ))}
        {actions && (
          <th scope="col" className="plan-col--actions">
            <span className="visually-hidden">{t.plan.actions}</span>
          </th>
        )}
      </tr>
    </thead>
  );
}
