/**
 * Stylesheets for both engines, from highlights.css (the single source: the content script loads
 * that file as manifest CSS, so no <style> element is added to the page). A shadow root's styles
 * do not reach `::highlight()` or page marks, hence page-level CSS.
 *
 * `::highlight()` accepts only colour, background, text-decoration and text-shadow, so the
 * underline is set by longhands: a browser that rejects one (thickness) still keeps the others.
 */
import css from './highlights.css?raw';

const rules = css.replace(/\/\*[\s\S]*?\*\//g, '').trim().split(/\n(?=\S)/);

/** For the CSS Custom Highlight engine. */
export const HIGHLIGHT_CSS = rules.filter((r) => r.startsWith('::highlight')).join('\n');

/** For the wrap engine's marks; `all: unset` first so page rules for inline elements do not leak in. */
export const WRAP_CSS = rules.filter((r) => !r.startsWith('::highlight')).join('\n');
