import type { CSSProperties } from 'react';
import type { Crop, Rotation } from '../../../shared/content/nodes/figure-data';

interface Props {
  src: string;
  alt: string;
  /** The image's upright size (after its EXIF orientation). */
  width: number;
  height: number;
  crop: Crop | null;
  rotation: Rotation;
  className?: string;
}

const percent = (value: number) => `${(value * 100).toFixed(4)}%`;

/**
 * An image shown cropped and turned with CSS over the stored file, so changing the crop
 * is instant and the stored image is never altered (exports render the same crop with
 * sharp, electron/assets/variants). Sizes are set through the style object, which the CSP
 * allows (it refuses only style attributes written in markup).
 */
export function FigureMedia({ src, alt, width, height, crop, rotation, className = 'figure-media' }: Props) {
  const box = crop ?? { x: 0, y: 0, width: 1, height: 1 };
  const cropAspect = (box.width * width) / (box.height * height);
  const sideways = rotation === 90 || rotation === 270;
  const shownAspect = sideways ? 1 / cropAspect : cropAspect;
  const frame: CSSProperties = { aspectRatio: `${shownAspect}`, width: `min(100%, calc(60vh * ${shownAspect.toFixed(4)}))` };
  const turn: CSSProperties = {
    width: sideways ? percent(1 / shownAspect) : '100%',
    height: sideways ? percent(shownAspect) : '100%',
    transform: `translate(-50%, -50%) rotate(${rotation}deg)`,
  };
  const image: CSSProperties = {
    width: percent(1 / box.width),
    height: percent(1 / box.height),
    left: percent(-box.x / box.width),
    top: percent(-box.y / box.height),
  };
  return (
    <div className={className} style={frame}>
      <div className="figure-media__turn" style={turn}>
        <img className="figure-media__image" src={src} alt={alt} style={image} draggable={false} />
      </div>
    </div>
  );
}
