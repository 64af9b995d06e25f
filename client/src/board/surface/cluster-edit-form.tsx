import { CLUSTER_COLORS, type Cluster, ClusterNameSchema, updateCluster } from "@atelier/shared";
import { type FormEvent, useRef, useState } from "react";
import { fieldErrors } from "../../forms/field-errors.ts";
import { useFocusOnMount } from "../../forms/use-focus-on-mount.ts";
import { t } from "../../i18n/text.ts";
import { Field } from "../../ui/field.tsx";
import { TextField } from "../../ui/text-field.tsx";
import { useSurface } from "./surface-context.ts";

/** Renames and recolours a cluster, in place of its header. */
export function ClusterEditForm({ cluster, onDone }: { cluster: Cluster; onDone: () => void }) {
  const { doc } = useSurface();
  const [name, setName] = useState(cluster.name);
  const [color, setColor] = useState(cluster.color);
  const [error, setError] = useState<string | undefined>();
  const nameInput = useRef<HTMLInputElement>(null);
  useFocusOnMount(nameInput);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ClusterNameSchema.safeParse(name);
    if (!parsed.success) {
      setError(fieldErrors(parsed.error)[""]);
      nameInput.current?.focus();
      return;
    }
    updateCluster(doc, cluster.id, { name: parsed.data, color });
    onDone();
  }

  return (
    <form
      className="cluster-edit"
      onSubmit={submit}
      onKeyDown={(event) => event.key === "Escape" && onDone()}
      noValidate
      aria-label={t.surface.editClusterLabel(cluster.name)}
    >
      <TextField
        ref={nameInput}
        label={t.surface.clusterNameLabel}
        error={error}
        value={name}
        onChange={(event) => setName(event.target.value)}
        autoComplete="off"
        required
      />
      <Field label={t.surface.clusterColorLabel}>
        {(control) => (
          <select
            className="input"
            value={color}
            onChange={(event) => setColor(CLUSTER_COLORS.find((known) => known === event.target.value) ?? color)}
            {...control}
          >
            {CLUSTER_COLORS.map((known) => (
              <option key={known} value={known}>
                {t.surface.colors[known]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="actions">
        <button type="submit" className="button button--small button--primary">
          {t.form.save}
        </button>
        <button type="button" className="button button--small" onClick={onDone}>
          {t.form.cancel}
        </button>
      </div>
    </form>
  );
}
