import { useCallback, useState } from 'react';
import type { Notice } from '../ui/Notices';

/** A list of notices keyed by id: adding an id that is shown replaces it (no duplicates). */
export function useNotices() {
  const [notices, setNotices] = useState<Notice[]>([]);
  const show = useCallback((notice: Notice) => {
    setNotices((list) => [...list.filter((item) => item.id !== notice.id), notice]);
  }, []);
  const dismiss = useCallback((id: string) => {
    setNotices((list) => list.filter((item) => item.id !== id));
  }, []);
  return { notices, show, dismiss };
}
