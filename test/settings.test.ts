import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, readSettings, settingsItem, type Settings } from '../utils/settings';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('readSettings', () => {
  it('nothing stored: the defaults (highlight everything)', async () => {
    expect(DEFAULT_SETTINGS).toEqual({ highlight: true, stateDocuments: true });
    expect(await readSettings()).toEqual({ highlight: true, stateDocuments: true });
  });

  it.each([
    [{ highlight: false, stateDocuments: false }, { highlight: false, stateDocuments: false }],
    [{ highlight: false, stateDocuments: true }, { highlight: false, stateDocuments: true }],
    [{ highlight: true, stateDocuments: false }, { highlight: true, stateDocuments: false }],
  ])('a full stored value is returned as stored: %o', async (stored, expected) => {
    await fakeBrowser.storage.local.set({ settings: stored });
    expect(await readSettings()).toEqual(expected);
  });

  it.each([
    [{ highlight: false }, { highlight: false, stateDocuments: true }],
    [{ stateDocuments: false }, { highlight: true, stateDocuments: false }],
    [{}, { highlight: true, stateDocuments: true }],
  ])('a partial stored value (older or newer version) is merged with the defaults: %o', async (stored, expected) => {
    await fakeBrowser.storage.local.set({ settings: stored });
    expect(await readSettings()).toEqual(expected);
  });

  it('reads what the settings item wrote', async () => {
    await settingsItem.setValue({ highlight: false, stateDocuments: true });
    expect(await readSettings()).toEqual({ highlight: false, stateDocuments: true });
    await settingsItem.setValue({ highlight: true, stateDocuments: false });
    expect(await readSettings()).toEqual({ highlight: true, stateDocuments: false });
  });

  it('reads live: a change after the first read is seen by the next', async () => {
    expect((await readSettings()).highlight).toBe(true);
    await fakeBrowser.storage.local.set({ settings: { highlight: false } });
    expect((await readSettings()).highlight).toBe(false);
    await fakeBrowser.storage.local.remove('settings');
    expect((await readSettings()).highlight).toBe(true);
  });

  it('storage unavailable: the defaults, without throwing', async () => {
    vi.spyOn(settingsItem, 'getValue').mockRejectedValue(new Error('Extension context invalidated.'));
    await expect(readSettings()).resolves.toEqual({ highlight: true, stateDocuments: true });
  });

  it('returns a fresh object: changing it does not change the defaults or the next read', async () => {
    const s: Settings = await readSettings();
    s.highlight = false;
    expect(DEFAULT_SETTINGS.highlight).toBe(true);
    expect((await readSettings()).highlight).toBe(true);
  });
});
