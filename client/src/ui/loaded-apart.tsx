import { type ComponentType, type ReactNode, useEffect, useState } from "react";

/**
 * A component whose code is loaded apart, drawn as soon as that code has come, `fallback` standing in meanwhile.
 * React.lazy would hold it back: React shows what replaces a Suspense fallback no sooner than 300 ms after the
 * fallback appeared, and every page opened from a link, a board's first screen, would wait for that. Once loaded,
 * the component is drawn at once wherever it mounts again. A load that fails goes to the nearest error boundary and
 * is tried again by the next mount.
 */
export function loadedApart<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () => {
    loading ??= load().then(
      (component) => {
        loaded = component;
        return component;
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };

  // biome-ignore lint/correctness/noComponentHookFactories: made once, at a module's top level, as React.lazy's are.
  function LoadedApart({ fallback = null, ...props }: P & { fallback?: ReactNode }) {
    const [Component, setComponent] = useState(() => loaded);
    const [failure, setFailure] = useState<{ error: unknown } | null>(null);
    useEffect(() => {
      if (Component) return;
      let current = true;
      preload().then(
        (component) => current && setComponent(() => component),
        (error: unknown) => current && setFailure({ error }),
      );
      return () => {
        current = false;
      };
    }, [Component]);
    if (failure) throw failure.error;
    return Component ? <Component {...(props as unknown as P)} /> : fallback;
  }
  return Object.assign(LoadedApart, { preload });
}
