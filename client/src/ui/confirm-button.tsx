import { useEffect, useRef, useState } from "react";
import { useFocusReturn } from "../forms/use-focus-return.ts";
import { t } from "../i18n/text.ts";
import { useAsyncAction } from "./use-async-action.ts";
import "./confirm.css";

interface ConfirmButtonProps {
  label: string;
  /** The button's full name when `label` alone is ambiguous among its neighbours ("Supprimer" which card?). */
  accessibleLabel?: string;
  question: string;
  confirmLabel: string;
  /** A rejection is shown beside the question, in the server's words. */
  onConfirm: () => Promise<void>;
}

/** A destructive action asks once, inline, with the safe answer focused so that a stray Enter does no harm. */
export function ConfirmButton({ label, accessibleLabel, question, confirmLabel, onConfirm }: ConfirmButtonProps) {
  const [confirming, setConfirming] = useState(false);
  const { failure, run } = useAsyncAction();
  const trigger = useFocusReturn<HTMLButtonElement>(confirming);
  const cancel = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) cancel.current?.focus();
  }, [confirming]);

  async function confirm() {
    if (!(await run(onConfirm))) setConfirming(false);
  }

  return (
    <>
      {confirming ? (
        <fieldset className="confirm">
          <legend>{question}</legend>
          <div className="actions">
            <button type="button" className="button button--small button--danger-solid" onClick={confirm}>
              {confirmLabel}
            </button>
            <button ref={cancel} type="button" className="button button--small" onClick={() => setConfirming(false)}>
              {t.form.cancel}
            </button>
          </div>
        </fieldset>
      ) : (
        <button
          ref={trigger}
          type="button"
          className="button button--small button--danger confirm__trigger"
          aria-label={accessibleLabel}
          onClick={() => setConfirming(true)}
        >
          {label}
        </button>
      )}
      {failure && (
        <p className="alert alert--error" role="alert">
          {failure}
        </p>
      )}
    </>
  );
}
