/**
 * The page shares its performance timeline with VanKien's content scripts: a page's script could read
 * when VanKien ran and for how long. Only the builds for tests and benches (VANKIEN_E2E, which also
 * lets test pages on 127.0.0.1 choose their site) leave VanKien's measures there.
 */
declare const __VANKIEN_TEST_HOSTS__: boolean | undefined;

export const LEAVES_MEASURES = typeof __VANKIEN_TEST_HOSTS__ !== 'undefined' && !!__VANKIEN_TEST_HOSTS__;

/** performance.measure, in the builds that leave measures. */
export function leaveMeasure(name: string, options: PerformanceMeasureOptions): void {
  if (LEAVES_MEASURES) performance.measure?.(name, options);
}
