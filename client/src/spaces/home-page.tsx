import { useLocation } from "wouter";
import { t } from "../i18n/text.ts";
import { DemoSpaceButton } from "../indicators/demo-space-button.tsx";
import { useDocumentTitle } from "../ui/use-document-title.ts";
import { ImportArchiveForm } from "./archive/import-archive-form.tsx";
import { CreateSpaceForm } from "./create-space-form.tsx";
import { openCreatedSpace } from "./fresh-space.ts";
import { KnownSpaceList } from "./known-space-list.tsx";
import "./home-page.css";

export function HomePage() {
  useDocumentTitle(undefined);
  const [, navigate] = useLocation();
  return (
    <div className="page page--narrow home">
      <div className="home__hero">
        <section className="home__intro" aria-labelledby="home-title">
          <h1 id="home-title">{t.home.title}</h1>
          <p className="lead">{t.home.intro}</p>
          <ul className="checklist">
            {t.home.points.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        </section>
        <div className="home__start">
          <CreateSpaceForm />
          <DemoSpaceButton onCreated={(space) => openCreatedSpace(space, navigate)} />
          <ImportArchiveForm />
        </div>
      </div>
      <KnownSpaceList />
    </div>
  );
}
