import { useState } from 'react';

interface Props {
  message: string;
  onCopyText: () => Promise<void>;
  onReload: () => void;
}

/**
 * Shown when a save was refused because the article changed elsewhere. Nothing is
 * overwritten: the writer can copy what they have, then load the newer copy.
 */
export function ConflictBanner({ message, onCopyText, onReload }: Props) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="banner banner--warning" role="alert">
      <p className="banner__text">
        <strong>Your latest changes were not saved.</strong> {message} Copy your text if you need it, then reload
        the latest version.
      </p>
      <div className="banner__actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            void onCopyText().then(() => setCopied(true));
          }}
        >
          {copied ? 'Copied' : 'Copy my text'}
        </button>
        <button type="button" className="button button--primary" onClick={onReload}>
          Reload latest version
        </button>
      </div>
    </div>
  );
}
