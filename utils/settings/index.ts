/** Reader settings: what they are (values), how everyone reads and watches them (read), how the options page writes them (item). */
export { DEFAULT_COLORS, DEFAULT_SETTINGS, SETTINGS_KEY, sanitizeSettings, type Settings } from './values';
export { readSettings, watchSettings } from './read';
export { settingsItem } from './item';
