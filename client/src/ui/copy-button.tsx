import { useState } from "react";

interface CopyButtonProps {
  text: string;
  label: string;
  copiedMessage: string;
  failedMessage: string;
}

export function CopyButton({ text, label, copiedMessage, failedMessage }: CopyButtonProps) {
  const [outcome, setOutcome] = useState<"copied" | "failed" | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setOutcome("copied");
    } catch {
      setOutcome("failed");
    }
  }

  return (
    <div className="copy">
      <button type="button" className="button button--primary" onClick={copy}>
        {label}
      </button>
      <p className="copy__outcome" role="status">
        {outcome === "copied" ? copiedMessage : outcome === "failed" ? failedMessage : ""}
      </p>
    </div>
  );
}
