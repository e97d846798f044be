import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';

vi.mock('electron', () => ({ app: {}, Menu: {} }));

const { menuTemplate } = await import('../../../main/electron/menu.js');

function roles(items: readonly MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

const base = { appName: 'Aksorn', onAbout: () => {}, onImport: () => {} };

describe('menuTemplate', () => {
  it('uses the standard menus', () => {
    const top = menuTemplate({ ...base, isMac: false, isPackaged: true }).map((item) => item.role ?? item.label);
    expect(top).toEqual(['File', 'editMenu', 'View', 'windowMenu', 'help']);
  });

  it('has File › Import… that calls back, and the platform’s close or quit', () => {
    const onImport = vi.fn();
    const file = (isMac: boolean) => menuTemplate({ ...base, onImport, isMac, isPackaged: true }).find((item) => item.label === 'File');
    const [importItem] = file(false)?.submenu as MenuItemConstructorOptions[];
    expect(importItem).toMatchObject({ label: 'Import…', accelerator: 'CmdOrCtrl+I' });
    (importItem?.click as () => void)();
    expect(onImport).toHaveBeenCalledOnce();
    expect(roles([file(false) as MenuItemConstructorOptions])).toEqual(['quit']);
    expect(roles([file(true) as MenuItemConstructorOptions])).toEqual(['close']);
  });

  it('adds the app menu on macOS only', () => {
    expect(menuTemplate({ ...base, isMac: true, isPackaged: true })[0]?.role).toBe('appMenu');
    expect(roles(menuTemplate({ ...base, isMac: false, isPackaged: true }))).not.toContain('appMenu');
  });

  it('offers reload and developer tools only in development', () => {
    const packaged = roles(menuTemplate({ ...base, isMac: false, isPackaged: true }));
    expect(packaged).not.toContain('reload');
    expect(packaged).not.toContain('forceReload');
    expect(packaged).not.toContain('toggleDevTools');
    const development = roles(menuTemplate({ ...base, isMac: false, isPackaged: false }));
    expect(development).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']));
  });

  it('keeps zoom and full screen in both', () => {
    expect(roles(menuTemplate({ ...base, isMac: false, isPackaged: true }))).toEqual(
      expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']),
    );
  });

  it('has an About entry under Help that calls back', () => {
    const onAbout = vi.fn();
    const help = menuTemplate({ ...base, onAbout, isMac: false, isPackaged: true }).find((item) => item.role === 'help');
    const about = (help?.submenu as MenuItemConstructorOptions[])[0];
    expect(about?.label).toBe('About Aksorn');
    (about?.click as () => void)();
    expect(onAbout).toHaveBeenCalledOnce();
  });
});
