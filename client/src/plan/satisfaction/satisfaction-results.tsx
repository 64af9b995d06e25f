import { SATISFACTION_SCORES, type SatisfactionQuestionResult, type SatisfactionReport } from "@atelier/shared";
import { locale, t } from "../../i18n/text.ts";
import { BarChart } from "../evaluation/bar-chart.tsx";
import "../evaluation/charts.css";

const decimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** One bar chart per question; a question with too few answers says so instead, and so do the comments. */
export function SatisfactionResults({ report }: { report: SatisfactionReport }) {
  return (
    <div className="satisfaction-results">
      <p>{t.satisfaction.respondents(report.respondents)}</p>
      <div className="plan-charts">
        {report.questions.map((result) => (
          <QuestionChart key={result.question} result={result} />
        ))}
      </div>
      <h4>{t.satisfaction.commentsTitle}</h4>
      {report.comments === null ? (
        <p className="muted">{t.satisfaction.commentsWithheld}</p>
      ) : report.comments.length === 0 ? (
        <p className="muted">{t.satisfaction.noComments}</p>
      ) : (
        <ul className="satisfaction-results__comments">
          {report.comments.map((comment, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: two partners may write the same comment; the list is fixed.
            <li key={index}>{comment}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function QuestionChart({ result }: { result: SatisfactionQuestionResult }) {
  const title = t.satisfaction.questions[result.question];
  const answers = t.satisfaction.answers(result.answers);
  if (!result.figures) {
    return (
      <figure className="chart">
        <figcaption className="chart__title">{title}</figcaption>
        <p className="muted">{t.satisfaction.withheld(answers)}</p>
      </figure>
    );
  }
  const { distribution, mean } = result.figures;
  return (
    <BarChart
      title={title}
      summary={`${answers} · ${t.satisfaction.mean(decimal.format(mean))}`}
      rowHeader={t.satisfaction.scoreHeader}
      series={[{ label: t.satisfaction.answersHeader, tone: "budget" }]}
      rows={SATISFACTION_SCORES.map((score) => ({
        label: `${score} — ${t.satisfaction.scores[score]}`,
        values: [distribution[score - 1] ?? 0],
      }))}
      format={String}
      empty={t.satisfaction.withheld(answers)}
    />
  );
}
