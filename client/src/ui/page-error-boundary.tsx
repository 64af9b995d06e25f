import { Component, type ReactNode } from "react";
import { t } from "../i18n/text.ts";
import { PageMessage } from "./page-message.tsx";

interface PageErrorBoundaryProps {
  children: ReactNode;
  /** "part": only this part of the page failed, and says so in its place; the rest of the page stays as it is. */
  scope?: "page" | "part";
}

/**
 * A page whose code could not be fetched (the network dropped, or a new version was deployed since this tab opened
 * and its files are gone) says so and offers to reload, instead of leaving the screen blank.
 */
export class PageErrorBoundary extends Component<PageErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const reload = (
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t.errors.reload}
      </button>
    );
    if (this.props.scope === "part") {
      return (
        <div className="alert alert--error" role="alert">
          <p>{t.errors.pageFailed}</p>
          <p>{reload}</p>
        </div>
      );
    }
    return (
      <PageMessage tone="error" title={t.errors.pageFailedTitle}>
        <p>{t.errors.pageFailed}</p>
        <p>{reload}</p>
      </PageMessage>
    );
  }
}
