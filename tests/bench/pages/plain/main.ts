import '../shared/page.css';
import { fetchDocument, onOpenClicked } from '../shared/document';
import { renderDocument } from './render';

const body = document.getElementById('editor-body');
if (body === null) throw new Error('plain.html has no #editor-body');
onOpenClicked(() => {
  void fetchDocument().then((state) => renderDocument(body, state));
});
