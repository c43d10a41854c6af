import { $createLineBreakNode, $createParagraphNode, $createTextNode, $getRoot, $isElementNode, $isLineBreakNode, $isTextNode, type LexicalNode } from 'lexical';
import { $createLinkNode, $isLinkNode } from '@lexical/link';
import { safeLinkUrl } from '../../../shared/content/render/safe-url';
import { MAX_NOTE_LINKS, type NoteLink } from '../../../shared/content/nodes/note-links';

/**
 * A note as the note editor holds it (one paragraph of text, line breaks and links) and as
 * the footnote stores it: flat text plus link ranges (shared/content/nodes/note-links).
 */
export interface NoteValue {
  text: string;
  links: readonly NoteLink[];
}

/** Text with its line breaks, as nodes. */
function $runs(text: string): LexicalNode[] {
  const nodes: LexicalNode[] = [];
  text.split('\n').forEach((line, index) => {
    if (index > 0) nodes.push($createLineBreakNode());
    if (line !== '') nodes.push($createTextNode(line));
  });
  return nodes;
}

/** Replaces the note editor's content with a stored note. Call inside an update. */
export function $fillNote({ text, links }: NoteValue): void {
  const paragraph = $createParagraphNode();
  let at = 0;
  for (const link of links) {
    paragraph.append(...$runs(text.slice(at, link.start)));
    paragraph.append($createLinkNode(link.url).append(...$runs(text.slice(link.start, link.end))));
    at = link.end;
  }
  paragraph.append(...$runs(text.slice(at)));
  $getRoot().clear().append(paragraph);
}

/** The note editor's content as a stored note: its text, and a range for each link with an address Galley keeps. Call inside a read. */
export function $readNote(): NoteValue {
  let text = '';
  const links: NoteLink[] = [];
  const walk = (node: LexicalNode): void => {
    if ($isLinkNode(node)) {
      const start = text.length;
      node.getChildren().forEach(walk);
      const url = safeLinkUrl(node.getURL());
      if (url !== null && text.length > start && links.length < MAX_NOTE_LINKS) links.push({ start, end: text.length, url });
    } else if ($isElementNode(node)) node.getChildren().forEach(walk);
    else if ($isLineBreakNode(node)) text += '\n';
    else if ($isTextNode(node)) text += node.getTextContent();
  };
  $getRoot()
    .getChildren()
    .forEach((block, index) => {
      if (index > 0) text += '\n';
      walk(block);
    });
  return { text, links };
}

export const sameNote = (a: NoteValue, b: NoteValue): boolean =>
  a.text === b.text && a.links.length === b.links.length && a.links.every((link, i) => link.start === b.links[i]?.start && link.end === b.links[i]?.end && link.url === b.links[i]?.url);
