/**
 * Stylesheets for both engines. They must reach the page document (manifest CSS or
 * scripting.insertCSS): a shadow root's styles do not apply to `::highlight()` or page marks.
 *
 * Backgrounds are opaque and the text colour is forced dark, so contrast holds on light and dark
 * pages alike (text 11.8:1 to 14.6:1; underlines 4:1 or more against their background).
 * `::highlight()` accepts only colour, background, text-decoration and text-shadow, so the
 * underline is set by longhands: a browser that rejects one (thickness) still keeps the others.
 */

import { HIGHLIGHT_NAMES, MARK_TAG } from './types';

const PARTY = `background-color: #ffe3a3; color: #1f1300;
  text-decoration-line: underline; text-decoration-color: #b45309; text-decoration-thickness: 2px;`;
const STATE = `background-color: #dfe7ef; color: #0f1d2b;
  text-decoration-line: underline; text-decoration-style: dotted; text-decoration-color: #3b5a78;
  text-decoration-thickness: 2px;`;
const FOCUS = `background-color: #ffb347; color: #000000;
  text-decoration-line: underline; text-decoration-style: solid; text-decoration-color: #7c2d12;
  text-decoration-thickness: 3px;`;

/** For the CSS Custom Highlight engine. */
export const HIGHLIGHT_CSS = `
::highlight(${HIGHLIGHT_NAMES.party}) { ${PARTY} }
::highlight(${HIGHLIGHT_NAMES.state}) { ${STATE} }
::highlight(${HIGHLIGHT_NAMES.focus}) { ${FOCUS} }
`;

/** For the wrap engine's marks; `all: unset` first so page rules for inline elements do not leak in. */
export const WRAP_CSS = `
${MARK_TAG} { all: unset; display: inline; }
${MARK_TAG}[data-kind="party"] { ${PARTY} }
${MARK_TAG}[data-kind="state"] { ${STATE} }
${MARK_TAG}[data-vankien-focus] { ${FOCUS} }
`;
