/**
 * How a browser tab proves to the web host which window it is (electron/host/windows.ts):
 * the window key, as a header on calls, and in the address of what a page cannot send a
 * header with (the event stream, images).
 */
export const WINDOW_HEADER = 'x-galley-window';
export const WINDOW_PARAM = 'window';
/** Where the page trades the one-time token in its address for a window key. */
export const OPEN_WINDOW_PATH = '/windows';
/** Where a window asks for an address to open a folder target's page at (electron/host/published-links). */
export const OPEN_PUBLISHED_PATH = '/published';
/** The addresses of published files: `/published/<grant>/<path in the folder>`. */
export const PUBLISHED_PREFIX = '/published/';
