import type { ReactNode } from "react";
import { t } from "../i18n/text.ts";
import { TableScroll } from "./table-scroll.tsx";

/** A column of a plan table: its visible header and the class sizing it (plan.css). */
export interface PlanColumn {
  label: string;
  className?: string;
}

interface PlanTableProps {
  /** Read by screen readers as the table's name, and by the scrolling region around it. */
  caption: string;
  columns: readonly PlanColumn[];
  /** An unlabelled last column holds each row's actions when the table is editable. */
  actions?: boolean;
  className?: string;
  /** The table's bodies and foot. */
  children: ReactNode;
}

/** The plan's money and indicator tables: scrolling sideways on a phone, named, with one header row. */
export function PlanTable({ caption, columns, actions = false, className, children }: PlanTableProps) {
  return (
    <TableScroll label={caption}>
      <table className={className ? `plan-table ${className}` : "plan-table"}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map(({ label, className: columnClass }) => (
              <th key={label} scope="col" className={columnClass}>
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
        {children}
      </table>
    </TableScroll>
  );
}
