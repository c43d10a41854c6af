import { createRoot } from 'react-dom/client';
import '../shared/page.css';
import { BareEditor, BareEditorPerDocument } from './BareEditor';

const root = document.getElementById('root');
if (root === null) throw new Error('bare-lexical.html has no #root');
// ?per-document: a new editor for each opened document (see BareEditorPerDocument).
const perDocument = new URLSearchParams(window.location.search).has('per-document');
createRoot(root).render(perDocument ? <BareEditorPerDocument /> : <BareEditor />);
