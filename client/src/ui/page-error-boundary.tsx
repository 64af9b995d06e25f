import { Component, type ReactNode } from "react";
import { t } from "../i18n/text.ts";
import { PageMessage } from "./page-message.tsx";

/**
 * A page whose code could not be fetched (the network dropped, or a new version was deployed since this tab opened
 * and its files are gone) says so and offers to reload, instead of leaving the screen blank.
 */
export class PageErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <PageMessage tone="error" title={t.errors.pageFailedTitle}>
        <p>{t.errors.pageFailed}</p>
        <p>
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {t.errors.reload}
          </button>
        </p>
      </PageMessage>
    );
  }
}
