import { browser } from 'wxt/browser';
import english from '../public/_locales/en/messages.json';

/**
 * Every user-facing string comes from `public/_locales/<lang>/messages.json` through the
 * browser's i18n API, so a translation is a new messages file, not a code change.
 * The English file doubles as the fallback where the API is missing or throws (unit tests,
 * a string added to the code before the build was reloaded).
 */
export type MessageKey = keyof typeof english;

interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** Formats an entry the way the browser does: $NAME$ → its placeholder's $n → substitution. */
export function formatMessage(entry: MessageEntry, substitutions: readonly string[]): string {
  const fill = (text: string) =>
    text.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? fill(placeholder.content) : whole;
  });
}

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const values = substitutions.map(String);
  try {
    // Our keys come from the English file itself; WXT's generated key type can lag behind it.
    const getMessage = browser.i18n.getMessage as (name: string, subs: string[]) => string;
    const text = getMessage(key, values);
    if (text) return text;
  } catch {
    // no i18n API here: use the English fallback
  }
  return formatMessage(english[key] as MessageEntry, values);
}
