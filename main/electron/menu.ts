/**
 * The application menu, built from Electron's standard roles so that labels,
 * shortcuts and behaviour follow the platform (and localise on macOS), and
 * File › Import….
 * Reload and the developer tools exist only in development.
 */
import { app, Menu, type MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  readonly isMac: boolean;
  /** False in development: adds reload and the developer tools. */
  readonly isPackaged: boolean;
  readonly appName: string;
  readonly onAbout: () => void;
  /** File › Import…: choose pages or wiki dumps to add to the library. */
  readonly onImport: () => void;
}

/** The menu as data: roles for everything the platform provides, one About entry under Help. */
export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const developer: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }];
  return [
    ...(options.isMac ? [{ role: 'appMenu' } as const] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Import…', accelerator: 'CmdOrCtrl+I', click: () => options.onImport() },
        { type: 'separator' },
        options.isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        ...developer,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [{ label: `About ${options.appName}`, click: () => options.onAbout() }],
    },
  ];
}

/** Installs the application menu; `iconPath` is shown in the About panel on Linux and Windows. */
export function setupMenu(iconPath: string, onImport: () => void): void {
  app.setAboutPanelOptions({
    applicationName: app.getName(),
    applicationVersion: app.getVersion(),
    copyright: 'MIT License',
    iconPath,
  });
  const template = menuTemplate({
    isMac: process.platform === 'darwin',
    isPackaged: app.isPackaged,
    appName: app.getName(),
    onAbout: () => app.showAboutPanel(),
    onImport,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
