import { useCallback, useState } from "react";
import { satisfactionApi } from "../api/satisfaction-api.ts";
import { t } from "../i18n/text.ts";
import { PageMessage } from "../ui/page-message.tsx";
import { useDocumentTitle } from "../ui/use-document-title.ts";
import { useLoaded } from "../ui/use-loaded.ts";
import { hasAnswered, questionnaireTokenInAddress } from "./questionnaire-link.ts";
import { SatisfactionForm } from "./satisfaction-form.tsx";
import "./satisfaction.css";

/** Where the questionnaire's link lands, often on a phone: the questions, answered once from this browser. */
export function SatisfactionPage() {
  useDocumentTitle(t.satisfaction.pageTitle);
  const [token] = useState(questionnaireTokenInAddress);
  if (!token) {
    return (
      <PageMessage tone="error" title={t.satisfaction.missingTitle}>
        <p>{t.satisfaction.missing}</p>
      </PageMessage>
    );
  }
  return <Questionnaire token={token} />;
}

function Questionnaire({ token }: { token: string }) {
  const { state } = useLoaded(useCallback(() => satisfactionApi.form(token), [token]));
  if (state.status === "loading") return <PageMessage>{t.satisfaction.loading}</PageMessage>;
  if (state.status === "failed") {
    return (
      <PageMessage tone="error" title={t.satisfaction.unusableTitle}>
        <p>{state.message}</p>
      </PageMessage>
    );
  }
  const form = state.value;
  if (hasAnswered(form.spaceId, form.year)) {
    return (
      <PageMessage title={t.satisfaction.alreadyTitle}>
        <p>{t.satisfaction.already(form.year)}</p>
      </PageMessage>
    );
  }
  return (
    <div className="page questionnaire">
      <section className="panel questionnaire__card" aria-labelledby="questionnaire-title">
        <h1 id="questionnaire-title">{t.satisfaction.title(form.year)}</h1>
        <p className="lead">{t.satisfaction.intro(form.spaceName)}</p>
        <SatisfactionForm token={token} form={form} />
      </section>
    </div>
  );
}
