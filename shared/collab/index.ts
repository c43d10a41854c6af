/** The article as a shared Yjs document: headless, for the main process, the hub and (later) the renderer. */
export { bindEditor, openCollabDoc, type BoundEditor } from './bridge';
export { bodyFromDoc, bodyOfBound, seedDoc } from './body';
export { metaFromDoc, writeMeta, replaceText } from './meta';
export { CollabFormatError, checkFormat, isEmptyDoc } from './layout';
