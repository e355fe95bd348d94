import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/** The width up to which the portal's menu folds into a drawer (the same as the phone CSS). */
export const PHONE_QUERY = '(max-width: 600px)';

const FOCUSABLE = 'a[href], button:not([disabled]), [tabindex]:not([tabindex="-1"])';

function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);
}

export interface PortalMenu {
  open: boolean;
  /** The 菜单 button (the focus comes back to it when the drawer closes). */
  buttonRef: RefObject<HTMLButtonElement | null>;
  /** The drawer (the navigation). */
  drawerRef: RefObject<HTMLElement | null>;
  toggle: () => void;
  /** Closes the drawer; with `returnFocus`, the focus goes back to the 菜单 button. */
  close: (returnFocus: boolean) => void;
}

/**
 * The phone's drawer menu: opened by the 菜单 button, the focus kept inside while it is open (Tab and
 * Shift+Tab go round; what lies behind is inert), Escape or the close button closes it and returns the
 * focus to the button; the page behind does not scroll; a wider window closes it.
 */
export function usePortalMenu(behind: () => readonly (Element | null)[]): PortalMenu {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const drawerRef = useRef<HTMLElement>(null);
  const behindRef = useRef(behind);
  behindRef.current = behind;

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) requestAnimationFrame(() => buttonRef.current?.focus());
  }, []);
  const toggle = useCallback(() => setOpen((o) => !o), []);

  useEffect(() => {
    const drawer = drawerRef.current;
    if (!open || !drawer) return;
    focusables(drawer)[0]?.focus();
    const inert = behindRef.current().filter((el): el is Element => el !== null);
    for (const el of inert) el.setAttribute('inert', '');
    document.documentElement.classList.add('portal-menu-open');

    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        close(true);
        return;
      }
      if (event.key !== 'Tab') return;
      const list = focusables(drawer);
      const first = list[0];
      const last = list.at(-1);
      if (!first || !last) return;
      const active = document.activeElement;
      if (!drawer.contains(active)) {
        event.preventDefault();
        first.focus();
      } else if (event.shiftKey && active === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && active === last) {
        event.preventDefault();
        first.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    const phone = window.matchMedia(PHONE_QUERY);
    const onWidth = () => {
      if (!phone.matches) setOpen(false);
    };
    phone.addEventListener('change', onWidth);
    return () => {
      document.removeEventListener('keydown', onKey);
      phone.removeEventListener('change', onWidth);
      for (const el of inert) el.removeAttribute('inert');
      document.documentElement.classList.remove('portal-menu-open');
    };
  }, [open, close]);

  return { open, buttonRef, drawerRef, toggle, close };
}
