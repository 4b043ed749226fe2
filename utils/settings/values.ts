/** The settings' shape, defaults and sanitising: one place for what a setting is. */

export interface Settings {
  /** Highlight references in pages at all. */
  highlight: boolean;
  /** Highlight state legal documents (Nghị định, Thông tư …) as well as party ones. */
  stateDocuments: boolean;
  /** Hosts the reader added (optional host permission granted for each); e.g. "baobinhduong.vn". */
  customSites: string[];
  /** Highlight background colours, "#rrggbb". */
  colors: { party: string; state: string };
  /** Run on any Vietnamese page, not only the built-in and added sites (needs the optional
   *  permission for all sites, asked when switched on). */
  anyVietnamesePage: boolean;
}

export const DEFAULT_COLORS = { party: '#ffe3a3', state: '#dfe7ef' } as const;
export const DEFAULT_SETTINGS: Settings = { highlight: true, stateDocuments: true, customSites: [], colors: { ...DEFAULT_COLORS }, anyVietnamesePage: false };

const isColor = (c: unknown): c is string => typeof c === 'string' && /^#[0-9a-f]{6}$/i.test(c);

/** The storage.local key of the settings item. */
export const SETTINGS_KEY = 'settings';

/** A stored value of any version made whole: missing or malformed fields take the defaults. */
export function sanitizeSettings(stored: unknown): Settings {
  const s = (stored && typeof stored === 'object' ? stored : {}) as Partial<Record<keyof Settings, unknown>>;
  return {
    highlight: typeof s.highlight === 'boolean' ? s.highlight : DEFAULT_SETTINGS.highlight,
    stateDocuments: typeof s.stateDocuments === 'boolean' ? s.stateDocuments : DEFAULT_SETTINGS.stateDocuments,
    customSites: Array.isArray(s.customSites) ? s.customSites.filter((h): h is string => typeof h === 'string') : [],
    colors: {
      party: isColor((s.colors as Settings['colors'] | undefined)?.party) ? (s.colors as Settings['colors']).party.toLowerCase() : DEFAULT_COLORS.party,
      state: isColor((s.colors as Settings['colors'] | undefined)?.state) ? (s.colors as Settings['colors']).state.toLowerCase() : DEFAULT_COLORS.state,
    },
    anyVietnamesePage: s.anyVietnamesePage === true,
  };
}
