import { useEffect, useMemo, useRef, useState } from 'react';
import { imageFindings } from '../../../shared/checks/images';
import type { ImageRights } from '../../../shared/domain/asset';
import { editRefusal } from '../../../shared/licences/edits';
import { figureCredit } from '../../../shared/licences/image-credit';
import { useApi } from '../../platform/ApiContext';
import { afterSent, sameValue } from '../../ui/afterSent';
import { useFormAction } from '../../ui/useFormAction';
import { assetUrl, rememberAsset, useAsset, useLicencePolicy } from '../../common/assets/FigureAssets';
import { openImagePicker, revealFigure, useFigureState, type EditorFigure } from '../../editor/nodes/FigureSelection';
import { AssetLibraryDialog } from './AssetLibraryDialog';
import type { PanelProps } from '../panelTypes';
import { FigureUseFields } from './FigureUseFields';
import { ImageFindings } from './ImageFindings';
import { RightsForm } from './RightsForm';
import './rights.css';

/**
 * Images and rights for the open article: its figures, and for the selected one its
 * caption, alt text and credit (this use) and its rights (shared with every article using
 * the image), with the checks' findings updating as the person types.
 */
export function RightsPanel({ session }: PanelProps) {
  const figures = useFigureState();
  const [library, setLibrary] = useState(false);

  if (session === null) return <p className="panel-empty">Open an article to add images and see their rights.</p>;
  const readOnly = session.readOnly;
  const selected = figures.figures.find((figure) => figure.key === figures.selectedKey) ?? null;

  return (
    <div className="rights">
      <div className="rights__toolbar">
        <button type="button" className="button" disabled={readOnly || figures.editor === null} onClick={openImagePicker}>
          Insert image…
        </button>
        <button type="button" className="button" disabled={readOnly || figures.editor === null} onClick={() => setLibrary(true)}>
          From the library…
        </button>
      </div>
      {figures.uploading > 0 ? (
        <p className="rights__progress" role="status">
          Adding {figures.uploading === 1 ? 'an image' : `${figures.uploading} images`}…
        </p>
      ) : null}
      {figures.figures.length === 0 ? (
        <p className="panel-empty">
          No images in this article yet. Insert one, drop an image file on the text or paste one: its credit and licence are read
          from the file.
        </p>
      ) : null}
      {figures.figures.length > 1 ? <FigurePicker figures={figures.figures} selectedKey={figures.selectedKey} /> : null}
      {selected !== null ? <SelectedFigure key={selected.key} figure={selected} readOnly={readOnly} /> : null}
      {library ? <AssetLibraryDialog onClose={() => setLibrary(false)} /> : null}
    </div>
  );
}

function FigurePicker({ figures, selectedKey }: { figures: readonly EditorFigure[]; selectedKey: string | null }) {
  return (
    <ul className="rights-figures" aria-label="Images in this article">
      {figures.map((figure, index) => (
        <li key={figure.key}>
          <button
            type="button"
            className="rights-figures__item"
            aria-current={figure.key === selectedKey ? 'true' : undefined}
            onClick={() => revealFigure(figure.key)}
          >
            <img src={assetUrl(figure.fields.assetId, 'thumb')} alt="" />
            <span>Image {index + 1}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

function SelectedFigure({ figure, readOnly }: { figure: EditorFigure; readOnly: boolean }) {
  const api = useApi();
  const entry = useAsset(api, figure.fields.assetId);
  const policy = useLicencePolicy(api);
  const found = entry.kind === 'ready' ? entry.value : null;
  const stored = found?.rights ?? null;
  const [draft, setDraft] = useState<ImageRights | null>(stored);
  const { busy: saving, run } = useFormAction('toast');

  // The saved rights arrive, or change (a save, another article): the draft follows them
  // unless the person has typed in it, which is kept.
  const previous = useRef(stored);
  useEffect(() => {
    setDraft(afterSent(previous.current, stored));
    previous.current = stored;
  }, [stored]);

  const rights = draft ?? found?.rights ?? null;
  const findings = useMemo(() => {
    if (entry.kind === 'loading') return [];
    const record = found === null || rights === null ? null : { fileName: found.asset.fileName, rights };
    return imageFindings(figure.fields, record, policy, new Date());
  }, [entry.kind, found, rights, figure.fields, policy]);

  if (entry.kind === 'loading') return <p className="panel-empty">Loading the image’s rights…</p>;
  if (found === null || rights === null) {
    return (
      <>
        <ImageFindings findings={findings} />
        <p className="field-error" role="alert">
          This image’s record could not be loaded{entry.kind === 'failed' ? `: ${entry.message}` : ''}.
        </p>
      </>
    );
  }

  const changed = !sameValue(rights, found.rights);
  const save = () =>
    run(async () => rememberAsset(await api.call('assets.updateRights', { id: found.asset.id, rights })), {
      done: 'Rights saved. Every article that uses this image now shows them.',
      failed: "Couldn't save the rights",
    });

  return (
    <div className="rights-figure">
      <div className="rights-figure__head">
        <img className="rights-figure__thumb" src={assetUrl(found.asset.id, 'thumb')} alt="" />
        <div className="rights-figure__file">
          <span className="rights-figure__name">{found.asset.fileName}</span>
          <span className="rights-figure__facts">
            {found.asset.format.toUpperCase()} · {found.asset.width} × {found.asset.height}
          </span>
        </div>
      </div>
      <ImageFindings findings={findings} />
      <FigureUseFields
        figureKey={figure.key}
        fields={figure.fields}
        asset={found.asset}
        generatedCredit={figureCredit('', rights).text}
        editRefusal={editRefusal(rights)}
        readOnly={readOnly}
      />
      <RightsForm
        draft={rights}
        changed={changed}
        saving={saving}
        readOnly={readOnly}
        onChange={setDraft}
        onSave={() => void save()}
        onReset={() => setDraft(found.rights)}
      />
    </div>
  );
}
