/** The reader's settings: each field's values, its default and its range, declared once. */
import { z } from 'zod';
import { numberBetween, oneOf } from './fields.js';

export const languages = ['th', 'en'] as const;
export type Language = (typeof languages)[number];

export const themeChoices = ['system', 'light', 'sepia', 'dark'] as const;
export type ThemeChoice = (typeof themeChoices)[number];

/** The bundled Thai font families: a sans (Sarabun) and a serif (Noto Serif Thai). */
export const fontFamilies = ['sarabun', 'noto-serif-thai'] as const;
export type FontFamily = (typeof fontFamilies)[number];

/** The ranges the reader may choose typography in; main refuses anything outside. */
export const typographyLimits = {
  /** Body text size in CSS pixels. */
  fontSize: { min: 14, max: 28 },
  /** A multiple of the font size (Thai marks stack: it needs more than Latin). */
  lineHeight: { min: 1.4, max: 2.4 },
  /** The measure, in em. */
  pageWidth: { min: 24, max: 60 },
} as const;

const { fontSize, lineHeight, pageWidth } = typographyLimits;

export const settingsSchema = z
  .strictObject({
    language: oneOf(languages),
    /** "system" follows the operating system's light or dark preference, live. */
    theme: oneOf(themeChoices),
    fontSize: numberBetween(fontSize.min, fontSize.max),
    lineHeight: numberBetween(lineHeight.min, lineHeight.max),
    pageWidth: numberBetween(pageWidth.min, pageWidth.max),
    fontFamily: oneOf(fontFamilies),
  })
  .readonly();
export type Settings = z.infer<typeof settingsSchema>;

/** Some settings to change; unknown fields are refused so a typo is not silently ignored. */
export const settingsPatchSchema = settingsSchema.unwrap().partial().readonly();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/** The settings before the reader changes any: the store starts from them, the renderer shows them until the stored ones arrive. */
export const defaultSettings: Settings = {
  language: 'th',
  theme: 'system',
  fontSize: 19,
  lineHeight: 1.9,
  pageWidth: 40,
  fontFamily: 'sarabun',
};
