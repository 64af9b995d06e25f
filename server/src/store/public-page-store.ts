import type { SqlDatabase } from "./sql-database.ts";

export interface PublishedPage {
  slug: string;
  publishedAt: number;
}

/** Which spaces publish their page "Ce que nous avons retenu", under which slug. */
export interface PublicPageStore {
  find(spaceId: string): Promise<PublishedPage | undefined>;
  /** Publishes under `slug`, unless the page already is: then the slug already given out stays, and is returned. */
  publish(spaceId: string, page: PublishedPage): Promise<PublishedPage>;
  unpublish(spaceId: string): Promise<void>;
  spaceOf(slug: string): Promise<string | undefined>;
}

interface PublicPageRow {
  slug: string;
  published_at: number;
}

const toPage = (row: PublicPageRow): PublishedPage => ({ slug: row.slug, publishedAt: row.published_at });

export class SqlPublicPageStore implements PublicPageStore {
  private readonly db: SqlDatabase;

  constructor(db: SqlDatabase) {
    this.db = db;
  }

  async find(spaceId: string): Promise<PublishedPage | undefined> {
    const row = await this.db.get<PublicPageRow>("SELECT slug, published_at FROM public_pages WHERE space_id = ?", [
      spaceId,
    ]);
    return row && toPage(row);
  }

  async publish(spaceId: string, page: PublishedPage): Promise<PublishedPage> {
    // Two facilitators publishing at once get one slug: the QR code printed by the first stays good.
    await this.db.run(
      "INSERT INTO public_pages (space_id, slug, published_at) VALUES (?, ?, ?) ON CONFLICT (space_id) DO NOTHING",
      [spaceId, page.slug, page.publishedAt],
    );
    return (await this.find(spaceId)) ?? page;
  }

  async unpublish(spaceId: string): Promise<void> {
    await this.db.run("DELETE FROM public_pages WHERE space_id = ?", [spaceId]);
  }

  async spaceOf(slug: string): Promise<string | undefined> {
    const row = await this.db.get<{ space_id: string }>("SELECT space_id FROM public_pages WHERE slug = ?", [slug]);
    return row?.space_id;
  }
}
