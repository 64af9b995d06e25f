import { fr } from "../i18n/fr.ts";
import { useDocumentTitle } from "../ui/use-document-title.ts";
import { CreateSpaceForm } from "./create-space-form.tsx";
import { KnownSpaceList } from "./known-space-list.tsx";

export function HomePage() {
  useDocumentTitle(undefined);
  return (
    <div className="page page--narrow home">
      <div className="home__hero">
        <section className="home__intro" aria-labelledby="home-title">
          <h1 id="home-title">{fr.home.title}</h1>
          <p className="lead">{fr.home.intro}</p>
          <ul className="checklist">
            {fr.home.points.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        </section>
        <CreateSpaceForm />
      </div>
      <KnownSpaceList />
    </div>
  );
}
