import type { MessageKey, Messages } from './th';

/** Parameters substituted into `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** Looks up a message; `t('copyLink', { heading })`. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** Makes a `Translate` over one table. */
export function translator(messages: Messages): Translate {
  return (key, params) => {
    const message = messages[key];
    if (!params) return message;
    // Unknown placeholders stay visible rather than vanish, so a typo shows up in review.
    return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
    );
  };
}
