export function ensureChromium(): { bin?: string; error?: string };
