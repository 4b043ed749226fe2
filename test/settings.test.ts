import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, readSettings, settingsItem, type Settings } from '../utils/settings';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('readSettings', () => {
  it('nothing stored: the defaults (highlight everything)', async () => {
    expect(DEFAULT_SETTINGS).toEqual({ highlight: true, stateDocuments: true, customSites: [], colors: { party: '#ffe3a3', state: '#dfe7ef' }, anyVietnamesePage: false });
    expect(await readSettings(fakeBrowser.storage)).toEqual({ highlight: true, stateDocuments: true, customSites: [], colors: { party: '#ffe3a3', state: '#dfe7ef' }, anyVietnamesePage: false });
  });

  it.each([
    [{ highlight: false, stateDocuments: false, customSites: ['baobinhduong.vn'], colors: { party: '#ffe3a3', state: '#dfe7ef' }, anyVietnamesePage: false }, { highlight: false, stateDocuments: false, customSites: ['baobinhduong.vn'], colors: { party: '#ffe3a3', state: '#dfe7ef' }, anyVietnamesePage: false }],
    [{ highlight: false, stateDocuments: true, customSites: [], colors: { party: '#ffe3a3', state: '#dfe7ef' }, anyVietnamesePage: false }, { highlight: false, stateDocuments: true, customSites: [], colors: { party: '#ffe3a3', state: '#dfe7ef' }, anyVietnamesePage: false }],
    [{ highlight: true, stateDocuments: false, customSites: [], colors: { party: '#ffe3a3', state: '#dfe7ef' }, anyVietnamesePage: false }, { highlight: true, stateDocuments: false, customSites: [], colors: { party: '#ffe3a3', state: '#dfe7ef' }, anyVietnamesePage: false }],
  ])('a full stored value is returned as stored: %o', async (stored, expected) => {
    await fakeBrowser.storage.local.set({ settings: stored });
    expect(await readSettings(fakeBrowser.storage)).toEqual(expected);
  });

  it.each([
    [{ highlight: false }, { highlight: false, stateDocuments: true, customSites: [], colors: { party: '#ffe3a3', state: '#dfe7ef' }, anyVietnamesePage: false }],
    [{ stateDocuments: false }, { highlight: true, stateDocuments: false, customSites: [], colors: { party: '#ffe3a3', state: '#dfe7ef' }, anyVietnamesePage: false }],
    [{}, { highlight: true, stateDocuments: true, customSites: [], colors: { party: '#ffe3a3', state: '#dfe7ef' }, anyVietnamesePage: false }],
  ])('a partial stored value (older or newer version) is merged with the defaults: %o', async (stored, expected) => {
    await fakeBrowser.storage.local.set({ settings: stored });
    expect(await readSettings(fakeBrowser.storage)).toEqual(expected);
  });

  it('reads what the settings item wrote', async () => {
    await settingsItem.setValue({ highlight: false, stateDocuments: true, customSites: [], colors: { party: '#ffe3a3', state: '#dfe7ef' }, anyVietnamesePage: false });
    expect(await readSettings(fakeBrowser.storage)).toEqual({ highlight: false, stateDocuments: true, customSites: [], colors: { party: '#ffe3a3', state: '#dfe7ef' }, anyVietnamesePage: false });
    await settingsItem.setValue({ highlight: true, stateDocuments: false, customSites: [], colors: { party: '#ffe3a3', state: '#dfe7ef' }, anyVietnamesePage: false });
    expect(await readSettings(fakeBrowser.storage)).toEqual({ highlight: true, stateDocuments: false, customSites: [], colors: { party: '#ffe3a3', state: '#dfe7ef' }, anyVietnamesePage: false });
  });

  it('reads live: a change after the first read is seen by the next', async () => {
    expect((await readSettings(fakeBrowser.storage)).highlight).toBe(true);
    await fakeBrowser.storage.local.set({ settings: { highlight: false } });
    expect((await readSettings(fakeBrowser.storage)).highlight).toBe(false);
    await fakeBrowser.storage.local.remove('settings');
    expect((await readSettings(fakeBrowser.storage)).highlight).toBe(true);
  });

  it('storage unavailable: the defaults, without throwing', async () => {
    vi.spyOn(settingsItem, 'getValue').mockRejectedValue(new Error('Extension context invalidated.'));
    await expect(readSettings(fakeBrowser.storage)).resolves.toEqual({ highlight: true, stateDocuments: true, customSites: [], colors: { party: '#ffe3a3', state: '#dfe7ef' }, anyVietnamesePage: false });
  });

  it('migrates a version-1 value: the reader keeps their choices and gets an empty list of own sites', async () => {
    await fakeBrowser.storage.local.set({ settings: { highlight: false, stateDocuments: false }, settings$: { v: 1 } });
    await settingsItem.migrate();
    expect(await settingsItem.getValue()).toEqual({ highlight: false, stateDocuments: false, customSites: [], colors: { party: '#ffe3a3', state: '#dfe7ef' }, anyVietnamesePage: false });
  });

  it('drops anything but hostnames from the list of own sites', async () => {
    await fakeBrowser.storage.local.set({ settings: { highlight: true, stateDocuments: true, customSites: ['baobinhduong.vn', 3, null] } });
    expect((await readSettings(fakeBrowser.storage)).customSites).toEqual(['baobinhduong.vn']);
  });

  it('returns a fresh object: changing it does not change the defaults or the next read', async () => {
    const s: Settings = await readSettings(fakeBrowser.storage);
    s.highlight = false;
    expect(DEFAULT_SETTINGS.highlight).toBe(true);
    expect((await readSettings(fakeBrowser.storage)).highlight).toBe(true);
  });
});

describe('highlight colours', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps valid colours and replaces anything else with the default', async () => {
    await fakeBrowser.storage.local.set({ settings: { colors: { party: '#A1B2C3', state: 'red; background: url(x)' } } });
    expect((await readSettings(fakeBrowser.storage)).colors).toEqual({ party: '#a1b2c3', state: '#dfe7ef' });
  });

  it('migrates a version-3 value: its choices kept, the any-Vietnamese-page mode off', async () => {
    await fakeBrowser.storage.local.set({ settings: { highlight: false, stateDocuments: true, customSites: ['hoinongdan.org.vn'], colors: { party: '#a1b2c3', state: '#dfe7ef' } }, settings$: { v: 3 } });
    await settingsItem.migrate();
    expect(await settingsItem.getValue()).toEqual({ highlight: false, stateDocuments: true, customSites: ['hoinongdan.org.vn'], colors: { party: '#a1b2c3', state: '#dfe7ef' }, anyVietnamesePage: false });
  });

  it('migrates a version-2 value: its choices kept, default colours added', async () => {
    await fakeBrowser.storage.local.set({ settings: { highlight: true, stateDocuments: false, customSites: ['baobinhduong.vn'] }, settings$: { v: 2 } });
    await settingsItem.migrate();
    expect(await settingsItem.getValue()).toEqual({ highlight: true, stateDocuments: false, customSites: ['baobinhduong.vn'], colors: { party: '#ffe3a3', state: '#dfe7ef' }, anyVietnamesePage: false });
  });
});
