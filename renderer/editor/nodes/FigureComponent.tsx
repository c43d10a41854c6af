import { useMemo } from 'react';
import type { NodeKey } from 'lexical';
import { useLexicalNodeSelection } from '@lexical/react/useLexicalNodeSelection';
import { useLexicalEditable } from '@lexical/react/useLexicalEditable';
import type { FigureFields } from '../../../shared/content/nodes/figure-data';
import { imageFindings } from '../../../shared/checks/images';
import { figureCredit } from '../../../shared/licences/image-credit';
import { useApi } from '../../platform/ApiContext';
import { assetUrl, useAsset, useLicencePolicy } from '../../common/assets/FigureAssets';
import { FigureMedia } from './FigureMedia';
import { figureStore, showRightsPanel } from './FigureSelection';
import './Figure.css';

interface Props {
  nodeKey: NodeKey;
  fields: FigureFields;
}

/**
 * A figure as the writer sees it in the text: the image (cropped and turned), its caption
 * and credit line, and what still needs doing before it may run. Its fields are edited in
 * the Rights panel, which a click on the figure opens.
 */
export function FigureComponent({ nodeKey, fields }: Props) {
  const api = useApi();
  const entry = useAsset(api, fields.assetId);
  const policy = useLicencePolicy(api);
  const [isSelected, setSelected, clearSelection] = useLexicalNodeSelection(nodeKey);
  // A revision preview draws figures too, but nothing in it can be selected or opened.
  const editable = useLexicalEditable();
  const found = entry.kind === 'ready' ? entry.value : null;

  const blocking = useMemo(() => {
    if (entry.kind === 'loading') return [];
    const record = found === null ? null : { fileName: found.asset.fileName, rights: found.rights };
    return imageFindings(fields, record, policy, new Date()).filter((finding) => finding.severity === 'block');
  }, [entry.kind, found, fields, policy]);

  const credit = figureCredit(fields.credit, found?.rights ?? null).text;
  const select = () => {
    if (!editable) return;
    clearSelection();
    setSelected(true);
    figureStore.select(nodeKey);
  };
  const showRights = () => {
    select();
    showRightsPanel();
  };

  return (
    <figure className={isSelected ? 'doc-figure doc-figure--selected' : 'doc-figure'} data-asset-id={fields.assetId}>
      <div className="doc-figure__media" onClick={select}>
        {found !== null ? (
          <FigureMedia
            src={assetUrl(fields.assetId, 'web')}
            alt={fields.alt}
            width={found.asset.width}
            height={found.asset.height}
            crop={fields.crop}
            rotation={fields.rotation}
          />
        ) : (
          <div className="doc-figure__placeholder" role="img" aria-label={fields.alt || 'Image'}>
            {entry.kind === 'failed' ? `This image could not be loaded: ${entry.message}` : 'Loading image…'}
          </div>
        )}
      </div>
      <figcaption className="doc-figure__caption">
        {fields.caption.trim() !== '' ? <span className="doc-figure__caption-text">{fields.caption}</span> : null}
        {credit !== '' ? <span className="doc-figure__credit">{credit}</span> : null}
        {fields.caption.trim() === '' && credit === '' ? <span className="doc-figure__empty">No caption or credit yet.</span> : null}
      </figcaption>
      {editable ? (
      <div className="doc-figure__actions">
        {blocking.length > 0 ? (
          <button type="button" className="doc-figure__problems" onClick={showRights}>
            {blocking.length === 1 ? '1 thing to fix' : `${blocking.length} things to fix`}
          </button>
        ) : null}
        <button type="button" className="button button--small" onClick={showRights}>
          Rights and alt text…
        </button>
      </div>
      ) : null}
    </figure>
  );
}
