import type { FigureFields } from '../../shared/content/nodes/figure-data';
import type { FigureImage } from '../../shared/content/render/figure';
import { figureCredit } from '../../shared/licences/image-credit';
import type { AssetRepository } from './repository';
import { variantFileName, variantSize } from './variants';

/**
 * How a figure is exported: the address of its crop and rotation, its size, its credit and
 * rights. Built from the asset rows alone, so that what an approval binds (the publication
 * binder) and the exports can read it before the image library's service exists.
 */
export function figureImages(assets: Pick<AssetRepository, 'find'>): (figure: FigureFields) => FigureImage | null {
  return (figure) => {
    const found = assets.find(figure.assetId);
    if (found === null) return null;
    const size = variantSize(found.asset, figure.crop, figure.rotation);
    return {
      src: `images/${variantFileName(found.asset, figure.crop, figure.rotation)}`,
      width: size.width,
      height: size.height,
      credit: figureCredit(figure.credit, found.rights).parts,
      rights: found.rights,
    };
  };
}
