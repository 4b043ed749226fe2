export function ensureDebianProgram(bin: string, packages: string[], envVar?: string): { bin?: string; error?: string };
export function ensureChromium(): { bin?: string; error?: string };
export function ensureFirefox(): { bin?: string; error?: string };
