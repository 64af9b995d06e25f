/** sessionStorage keeps what only this tab needs, until the tab is closed; localStorage is the default. */
type StorageArea = "localStorage" | "sessionStorage";

/** Either can be missing or refuse writes (private browsing, full quota): the app then forgets, it never breaks. */
export function readStored(key: string, area: StorageArea = "localStorage"): string | null {
  try {
    return window[area].getItem(key);
  } catch {
    return null;
  }
}

export function writeStored(key: string, value: string, area: StorageArea = "localStorage"): void {
  try {
    window[area].setItem(key, value);
  } catch {
    // Nothing to do: the value simply won't survive a reload.
  }
}

export function removeStored(key: string, area: StorageArea = "localStorage"): void {
  try {
    window[area].removeItem(key);
  } catch {
    // Nothing was kept, or nothing can be: either way it is gone for this page.
  }
}
