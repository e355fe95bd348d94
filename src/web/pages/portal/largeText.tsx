import { useCallback, useState } from 'react';
import { t } from '../../i18n/index.js';

const STORAGE_KEY = 'sanxiang.portal.largeText';

function stored(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === '1';
  } catch {
    return false; // storage refused (a private window, a policy): the normal size
  }
}

/** 适老化: whether the portal shows large text, remembered in this browser. */
export function useLargeText(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(stored);
  const set = useCallback((next: boolean) => {
    setOn(next);
    try {
      if (next) window.localStorage.setItem(STORAGE_KEY, '1');
      else window.localStorage.removeItem(STORAGE_KEY);
    } catch {
      // not remembered, still applied
    }
  }, []);
  return [on, set];
}

/** The header's 大字版 switch: a toggle button (aria-pressed), the same name in both states. */
export function LargeTextToggle({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  return (
    <button
      type="button"
      className="portal-text-size"
      aria-pressed={on}
      title={t('portal.largeText.hint')}
      onClick={() => onChange(!on)}
    >
      <span className="portal-text-size__glyph" aria-hidden="true">
        A<span>A</span>
      </span>
      {t('portal.largeText.label')}
    </button>
  );
}
