/** Page object of the reading settings (the header button and its panel) and of the shortcut help. No assertions. */
import type { Locator, Page } from '@playwright/test';
import type { FontFamily, ThemeChoice } from '../../../common/settings';

/** The Thai names the panel shows (the fixtures start every test in Thai). */
const themeNames: Readonly<Record<ThemeChoice, string>> = { system: 'ตามระบบ', light: 'สว่าง', sepia: 'ซีเปีย', dark: 'มืด' };
const fontNames: Readonly<Record<FontFamily, string>> = {
  sarabun: 'สารบรรณ (ไม่มีเชิง)',
  'noto-serif-thai': 'Noto Serif Thai (มีเชิง)',
};

export type Slider = 'fontSize' | 'lineHeight' | 'pageWidth';
const sliderNames: Readonly<Record<Slider, string>> = {
  fontSize: 'ขนาดตัวอักษร',
  lineHeight: 'ระยะห่างบรรทัด',
  pageWidth: 'ความกว้างหน้า',
};

export class SettingsPanel {
  readonly page: Page;
  readonly root: Locator;
  readonly openButton: Locator;
  /** The panel: a dialog named by its heading. */
  readonly panel: Locator;
  readonly closeButton: Locator;
  /** The shortcut help overlay. */
  readonly help: Locator;
  readonly helpRows: Locator;

  constructor(page: Page) {
    this.page = page;
    this.root = page.locator('html');
    this.openButton = page.getByRole('banner').locator('.settings-button');
    this.panel = page.getByRole('dialog', { name: 'การตั้งค่าการอ่าน' });
    this.closeButton = this.panel.locator('.panel-header__close');
    this.help = page.getByRole('dialog', { name: 'แป้นพิมพ์ลัด' });
    this.helpRows = this.help.locator('.shortcut-help__row');
  }

  /** The shortcut help in a given UI language, named by its title. */
  helpTitled(title: string): Locator {
    return this.page.getByRole('dialog', { name: title });
  }

  themeRadio(theme: ThemeChoice): Locator {
    return this.panel.getByRole('radio', { name: themeNames[theme], exact: true });
  }

  fontRadio(family: FontFamily): Locator {
    return this.panel.getByRole('radio', { name: fontNames[family], exact: true });
  }

  slider(name: Slider): Locator {
    return this.panel.getByRole('slider', { name: sliderNames[name] });
  }

  /** The value shown beside a slider's label. */
  sliderValue(name: Slider): Locator {
    // `has` is matched inside each row, so its locator must not start from the panel.
    const slider = this.page.getByRole('slider', { name: sliderNames[name] });
    return this.panel.locator('.range-setting').filter({ has: slider }).locator('output');
  }

  async open(): Promise<void> {
    await this.openButton.click();
    await this.panel.waitFor();
  }

  async chooseTheme(theme: ThemeChoice): Promise<void> {
    await this.themeRadio(theme).check();
  }

  async chooseFont(family: FontFamily): Promise<void> {
    await this.fontRadio(family).check();
  }

  /** Sets a slider as the keyboard would: focus it, then Home and ArrowRight `steps` times. */
  async setSlider(name: Slider, steps: number): Promise<void> {
    await this.slider(name).focus();
    await this.page.keyboard.press('Home');
    for (let i = 0; i < steps; i++) await this.page.keyboard.press('ArrowRight');
  }

  /** A CSS custom property as computed on <html>. */
  async rootVariable(name: string): Promise<string> {
    // Reached through the element: this tsconfig has no DOM lib, so no `window` global.
    return this.root.evaluate(
      (element, property) => element.ownerDocument.defaultView!.getComputedStyle(element).getPropertyValue(property).trim(),
      name,
    );
  }

  /** A computed style property of an element. */
  async style(locator: Locator, property: string): Promise<string> {
    return locator.evaluate((element, key) => element.ownerDocument.defaultView!.getComputedStyle(element).getPropertyValue(key), property);
  }
}
