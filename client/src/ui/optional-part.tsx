import { Component, type ReactNode } from "react";

/**
 * A part the page can do without (a preview the live view replaces): if drawing it fails, it is left out, or
 * `fallback` shown in its place, and the page carries on, rather than the whole page giving way to an error.
 */
export class OptionalPart extends Component<{ children: ReactNode; fallback?: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? (this.props.fallback ?? null) : this.props.children;
  }
}
