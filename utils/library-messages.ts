/** Replies of the background to the popup's library messages. */
export type SaveResponse =
  | { ok: true; status: 'created' | 'updated'; savedAt: string; updatedAt: string }
  | { ok: false; kind: 'quota' | 'write' | 'blocked' | 'version' | 'invalid'; message: string };

export interface SavedStatusResponse {
  saved: { savedAt: string; updatedAt: string } | null;
  /** Keys of the starred documents among the library's. */
  starredKeys: string[];
  /** The library could not be read (saved and starredKeys are then empty). */
  error?: 'quota' | 'write' | 'blocked' | 'version';
}
