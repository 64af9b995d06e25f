import type { ReactNode } from "react";

interface PageMessageProps {
  title?: string;
  tone?: "info" | "error";
  children: ReactNode;
}

/** Fills a page that has nothing else to show yet: loading, not found, refused. */
export function PageMessage({ title, tone = "info", children }: PageMessageProps) {
  return (
    <div className="page page--narrow">
      <div className={`page-message page-message--${tone}`} role={tone === "error" ? "alert" : "status"}>
        {title && <h1>{title}</h1>}
        <div>{children}</div>
      </div>
    </div>
  );
}
