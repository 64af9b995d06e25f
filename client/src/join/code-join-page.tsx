import { joinCodeIn } from "@atelier/shared";
import { type FormEvent, useMemo, useState } from "react";
import { Link, useLocation } from "wouter";
import { t } from "../i18n/text.ts";
import { codeJoinPath, codePath } from "../routes.ts";
import { TextField } from "../ui/text-field.tsx";
import { useDocumentTitle } from "../ui/use-document-title.ts";
import { InvitationJoin } from "./join-page.tsx";
import "./join.css";

/**
 * The projector's short address: `/c` asks for the code shown on screen, `/c/K7MX42QF` (what the QR code holds, or
 * what was typed) opens the join page for it. A code that cannot be one goes back to the field, said so.
 */
export function CodeJoinPage({ code }: { code?: string }) {
  useDocumentTitle(t.joinCode.title);
  const valid = code === undefined ? null : joinCodeIn(code);
  const joinKey = useMemo(() => valid && { code: valid }, [valid]);
  if (!joinKey) return <CodeForm initial={code ?? ""} />;
  const retry = (
    <p>
      <Link href={codePath}>{t.joinCode.retry}</Link>
    </p>
  );
  return <InvitationJoin joinKey={joinKey} roleHint={null} closedAdvice={retry} />;
}

function CodeForm({ initial }: { initial: string }) {
  const [, navigate] = useLocation();
  const [value, setValue] = useState(initial);
  // A code in the address that cannot be one is said at once; a typed one once submitted.
  const [invalid, setInvalid] = useState(initial !== "");

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = joinCodeIn(value);
    setInvalid(code === null);
    if (code) navigate(codeJoinPath(code));
  }

  return (
    <div className="page join">
      <section className="panel join__card" aria-labelledby="code-title">
        <h1 id="code-title">{t.joinCode.title}</h1>
        <p className="lead">{t.joinCode.intro}</p>
        <form className="join__form" onSubmit={submit} noValidate>
          <TextField
            label={t.joinCode.label}
            hint={t.joinCode.hint}
            error={invalid ? t.joinCode.invalid : undefined}
            value={value}
            onChange={(event) => {
              setValue(event.target.value);
              // The error spoke of what was typed before: it goes once the reader corrects it.
              setInvalid(false);
            }}
            className="join__code"
            autoComplete="off"
            autoCapitalize="characters"
            autoCorrect="off"
            spellCheck={false}
            enterKeyHint="go"
            required
          />
          <button type="submit" className="button button--primary button--wide">
            {t.joinCode.submit}
          </button>
        </form>
      </section>
    </div>
  );
}
