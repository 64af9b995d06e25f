import { CARD_KINDS, CARD_STATUSES } from "@atelier/shared";
import { fr } from "../../i18n/fr.ts";
import { Field } from "../../ui/field.tsx";
import { type CardFilters, isFiltering, NO_FILTERS } from "./card-filters.ts";

interface FilterBarProps {
  filters: CardFilters;
  onChange: (filters: CardFilters) => void;
  authors: string[];
  shown: number;
  total: number;
}

/** Narrows what this page shows; the board itself, and what the others see, stay as they are. */
export function FilterBar({ filters, onChange, authors, shown, total }: FilterBarProps) {
  const set = (change: Partial<CardFilters>) => onChange({ ...filters, ...change });
  const filtering = isFiltering(filters);
  return (
    <search className="filter-bar" aria-label={fr.surface.filtersTitle}>
      <Field label={fr.surface.searchLabel} className="filter-bar__text">
        {(control) => (
          <input
            type="search"
            className="input"
            placeholder={fr.surface.searchHint}
            value={filters.text}
            onChange={(event) => set({ text: event.target.value })}
            {...control}
          />
        )}
      </Field>
      <Field label={fr.surface.kindFilter}>
        {(control) => (
          <select
            className="input"
            value={filters.kind}
            onChange={(event) => set({ kind: CARD_KINDS.find((kind) => kind === event.target.value) ?? "" })}
            {...control}
          >
            <option value="">{fr.surface.allKinds}</option>
            {CARD_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {fr.kinds[kind].label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={fr.surface.authorFilter}>
        {(control) => (
          <select
            className="input"
            value={filters.author}
            onChange={(event) => set({ author: event.target.value })}
            {...control}
          >
            <option value="">{fr.surface.allAuthors}</option>
            {authors.map((author) => (
              <option key={author} value={author}>
                {author}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={fr.surface.statusFilter}>
        {(control) => (
          <select
            className="input"
            value={filters.status}
            onChange={(event) => set({ status: CARD_STATUSES.find((status) => status === event.target.value) ?? "" })}
            {...control}
          >
            <option value="">{fr.surface.allStatuses}</option>
            {CARD_STATUSES.map((status) => (
              <option key={status} value={status}>
                {fr.surface.statuses[status]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="filter-bar__summary">
        {/* Announced as filters change, so that a screen-reader user hears what the search found. */}
        <p className="filter-bar__count" aria-live={filtering ? "polite" : "off"}>
          {fr.surface.shownCount(shown, total)}
        </p>
        {filtering && (
          <button type="button" className="button button--small button--quiet" onClick={() => onChange(NO_FILTERS)}>
            {fr.surface.clearFilters}
          </button>
        )}
      </div>
    </search>
  );
}
