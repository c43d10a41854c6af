import type { ReactNode } from 'react';

/** Line icons drawn for Galley on a 20-unit grid; they take the text colour and are hidden from assistive technology (their buttons carry the names). */
function Icon({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <svg
      className={className === undefined ? 'icon' : `icon ${className}`}
      viewBox="0 0 20 20"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export const CloseIcon = () => (
  <Icon>
    <path d="M5.5 5.5l9 9M14.5 5.5l-9 9" />
  </Icon>
);

export const PlusIcon = () => (
  <Icon>
    <path d="M10 4.5v11M4.5 10h11" />
  </Icon>
);

export const SearchIcon = () => (
  <Icon>
    <circle cx="8.75" cy="8.75" r="5" />
    <path d="M12.5 12.5l4 4" />
  </Icon>
);

export const SunIcon = () => (
  <Icon>
    <circle cx="10" cy="10" r="3.25" />
    <path d="M10 2.5v1.75M10 15.75v1.75M2.5 10h1.75M15.75 10h1.75M4.7 4.7l1.24 1.24M14.06 14.06l1.24 1.24M4.7 15.3l1.24-1.24M14.06 5.94l1.24-1.24" />
  </Icon>
);

export const MoonIcon = () => (
  <Icon>
    <path d="M15.8 12.6A6.6 6.6 0 0 1 7.4 4.2a6.6 6.6 0 1 0 8.4 8.4z" />
  </Icon>
);

export const BulletListIcon = () => (
  <Icon>
    <circle cx="4.25" cy="5.5" r="1" fill="currentColor" stroke="none" />
    <circle cx="4.25" cy="10" r="1" fill="currentColor" stroke="none" />
    <circle cx="4.25" cy="14.5" r="1" fill="currentColor" stroke="none" />
    <path d="M8 5.5h8.5M8 10h8.5M8 14.5h8.5" />
  </Icon>
);

export const NumberedListIcon = () => (
  <Icon>
    <path d="M3.4 4.2l1.1-.7v4" strokeWidth="1.2" />
    <path d="M3.2 10.6c.2-.6.7-.9 1.2-.9.6 0 1.1.4 1.1 1 0 .9-2.3 1.8-2.3 2.9h2.4" strokeWidth="1.2" />
    <path d="M8.5 5.5h8M8.5 10h8M8.5 14.5h8" />
  </Icon>
);

export const QuoteIcon = () => (
  <Icon>
    <path d="M4 14.5c0-4 1.4-6.6 4.2-8M4.2 11.2h2.6a1.5 1.5 0 0 1 1.5 1.5v1.8a1.5 1.5 0 0 1-1.5 1.5H5.5A1.5 1.5 0 0 1 4 14.5z" />
    <path d="M11.5 14.5c0-4 1.4-6.6 4.2-8M11.7 11.2h2.6a1.5 1.5 0 0 1 1.5 1.5v1.8a1.5 1.5 0 0 1-1.5 1.5H13a1.5 1.5 0 0 1-1.5-1.5z" />
  </Icon>
);

export const LinkIcon = () => (
  <Icon>
    <path d="M8.6 11.4a3 3 0 0 0 4.2 0l2.6-2.6a3 3 0 0 0-4.2-4.2l-.9.9" />
    <path d="M11.4 8.6a3 3 0 0 0-4.2 0l-2.6 2.6a3 3 0 0 0 4.2 4.2l.9-.9" />
  </Icon>
);

export const UnlinkIcon = () => (
  <Icon>
    <path d="M12.2 10.2l1.9-1.9a3 3 0 0 0-4.2-4.2l-.9.9M7.8 9.8l-1.9 1.9a3 3 0 0 0 4.2 4.2l.9-.9" />
    <path d="M3.5 3.5l13 13" />
  </Icon>
);

export const UndoIcon = () => (
  <Icon>
    <path d="M7.5 4.5L4 8l3.5 3.5" />
    <path d="M4.5 8h7a4.25 4.25 0 0 1 0 8.5H9" />
  </Icon>
);

export const RedoIcon = () => (
  <Icon>
    <path d="M12.5 4.5L16 8l-3.5 3.5" />
    <path d="M15.5 8h-7a4.25 4.25 0 0 0 0 8.5H11" />
  </Icon>
);

export const PanelIcon = () => (
  <Icon>
    <rect x="3" y="4" width="14" height="12" rx="2" />
    <path d="M12 4v12" />
  </Icon>
);

export const HistoryIcon = () => (
  <Icon>
    <path d="M3.5 10a6.5 6.5 0 1 0 1.9-4.6L3.5 7.3" />
    <path d="M3.5 3.8v3.5H7M10 6.5V10l2.5 1.5" />
  </Icon>
);

export const ArticleIcon = () => (
  <Icon>
    <path d="M5.5 3h6l3.5 3.5v10.5H5.5z" />
    <path d="M11.5 3v3.5H15M8 10h4.5M8 13h4.5" />
  </Icon>
);

export const ImageIcon = () => (
  <Icon>
    <rect x="3" y="4" width="14" height="12" rx="1.5" />
    <circle cx="7.5" cy="8.25" r="1.25" />
    <path d="M3.5 14.5l4-4 3 3 2-2 4 4" />
  </Icon>
);

/** Quotation marks over a line: cite the selected words. */
export const CiteIcon = () => (
  <Icon>
    <path d="M4 6.5c0-1.4 1-2.5 2.5-2.5M4 6.5v2.5h2.5V6.5H4zM10 6.5c0-1.4 1-2.5 2.5-2.5M10 6.5v2.5h2.5V6.5H10z" />
    <path d="M4 13.5h12M4 16.5h8" />
  </Icon>
);

/** A line of text with a raised number: insert a footnote. */
export const FootnoteIcon = () => (
  <Icon>
    <path d="M3 14.5h9M3 17h6" />
    <path d="M13.5 4.5l1.75-1.25V9M13.5 9h3.5" />
  </Icon>
);

/** A tray with an arrow coming in: import a file. */
export const ImportIcon = () => (
  <Icon>
    <path d="M10 3v9M6.5 8.5L10 12l3.5-3.5" />
    <path d="M3.5 12.5v3h13v-3" />
  </Icon>
);

/** A tick in a circle: the checks. */
export const ChecksIcon = () => (
  <Icon>
    <circle cx="10" cy="10" r="7" />
    <path d="M6.8 10.2l2.2 2.2 4.2-4.6" />
  </Icon>
);

/** An open book: the sources. */
export const SourcesIcon = () => (
  <Icon>
    <path d="M10 5.5c-1.6-1.2-3.9-1.5-6.5-1v11c2.6-.5 4.9-.2 6.5 1 1.6-1.2 3.9-1.5 6.5-1v-11c-2.6-.5-4.9-.2-6.5 1z" />
    <path d="M10 5.5v11" />
  </Icon>
);

/** A plus over a minus: what changed. */
export const ChangesIcon = () => (
  <Icon>
    <path d="M10 3.5v6M7 6.5h6M7 14.5h6" />
    <rect x="3.5" y="2.5" width="13" height="15" rx="2" />
  </Icon>
);

/** A speech bubble: the toolbar's Comment button. */
export const CommentIcon = () => (
  <Icon>
    <path d="M4 4.5h12a1 1 0 0 1 1 1v7a1 1 0 0 1-1 1H9l-3.5 3v-3H4a1 1 0 0 1-1-1v-7a1 1 0 0 1 1-1Z" />
  </Icon>
);

/** A claim under check: a magnifier over a line of text. */
export const ClaimIcon = () => (
  <Icon>
    <path d="M3 5h9M3 9h5M3 13h4" />
    <circle cx="13" cy="12" r="3.25" />
    <path d="M15.4 14.4l2.1 2.1" />
  </Icon>
);

/** Sending out: an arrow leaving a tray. */
export const PublishIcon = () => (
  <Icon>
    <path d="M10 12.5V3.5M6.5 7L10 3.5 13.5 7" />
    <path d="M4 11.5v3.5a1 1 0 0 0 1 1h10a1 1 0 0 0 1-1v-3.5" />
  </Icon>
);
