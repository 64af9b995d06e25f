import { CARD_KINDS, CARD_STATUSES } from "@atelier/shared";
import { useId, useRef, useState } from "react";
import { t } from "../../i18n/text.ts";
import { Field } from "../../ui/field.tsx";
import { DisclosureButton } from "../disclosure-button.tsx";
import { type CardFilters, isFiltering, NO_FILTERS } from "./card-filters.ts";
import { FilterSelect } from "./filter-select.tsx";

interface FilterBarProps {
  filters: CardFilters;
  onChange: (filters: CardFilters) => void;
  authors: string[];
  shown: number;
  total: number;
}

/**
 * Narrows what this page shows; the board itself, and what the others see, stay as they are. The search is always
 * there; the other criteria are folded behind « Filtrer », which counts those in use.
 */
export function FilterBar({ filters, onChange, authors, shown, total }: FilterBarProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const search = useRef<HTMLInputElement>(null);
  const set = (change: Partial<CardFilters>) => onChange({ ...filters, ...change });
  const filtering = isFiltering(filters);
  const criteria = [filters.kind, filters.author, filters.status].filter((value) => value !== "").length;

  return (
    <search className="filter-bar" aria-label={t.surface.filtersTitle}>
      <div className="filter-bar__row">
        <Field label={t.surface.searchLabel} className="filter-bar__text">
          {(control) => (
            <input
              ref={search}
              type="search"
              className="input"
              placeholder={t.surface.searchHint}
              value={filters.text}
              onChange={(event) => set({ text: event.target.value })}
              {...control}
            />
          )}
        </Field>
        <DisclosureButton open={open} onToggle={setOpen} controls={panelId}>
          {t.surface.filterToggle(criteria)}
        </DisclosureButton>
        {/* Announced as filters change, so that a screen-reader user hears what the search found. */}
        <p className="filter-bar__count" aria-live={filtering ? "polite" : "off"}>
          {t.surface.shownCount(shown, total)}
        </p>
        {filtering && (
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => {
              onChange(NO_FILTERS);
              // The button goes away with the filters: the keyboard carries on from the search.
              search.current?.focus();
            }}
          >
            {t.surface.clearFilters}
          </button>
        )}
      </div>
      <div id={panelId} className="filter-bar__panel" hidden={!open}>
        <FilterSelect
          label={t.surface.kindFilter}
          all={t.surface.allKinds}
          options={CARD_KINDS}
          labelOf={(kind) => t.kinds[kind].label}
          value={filters.kind}
          onChange={(kind) => set({ kind })}
        />
        <FilterSelect
          label={t.surface.authorFilter}
          all={t.surface.allAuthors}
          options={authors}
          labelOf={(author) => author}
          value={filters.author}
          onChange={(author) => set({ author })}
        />
        <FilterSelect
          label={t.surface.statusFilter}
          all={t.surface.allStatuses}
          options={CARD_STATUSES}
          labelOf={(status) => t.surface.statuses[status]}
          value={filters.status}
          onChange={(status) => set({ status })}
        />
      </div>
    </search>
  );
}
