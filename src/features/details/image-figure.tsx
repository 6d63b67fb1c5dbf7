import { useState } from 'react';
import type { Picture } from '../../domain/docking';
import { safeImageUrl, safeLinkUrl } from '../../lib/safe-url';

/** A thumbnail with its credit and licence; nothing when there is no secure image. */
export function ImageFigure({ picture, alt }: { picture: Picture | null; alt: string }) {
  const src = safeImageUrl(picture?.thumbnailUrl) ?? safeImageUrl(picture?.imageUrl);
  // Offline, or when the image host fails, the picture and its credit go rather than a broken icon.
  const [failedSrc, setFailedSrc] = useState<string | null>(null);
  if (!picture || !src || failedSrc === src) return null;
  const licenceName = picture.licence?.name;
  const licenceLink = safeLinkUrl(picture.licence?.link);
  return (
    <figure className="detail-image">
      <img
        src={src}
        alt={alt}
        loading="lazy"
        referrerPolicy="no-referrer"
        decoding="async"
        onError={() => setFailedSrc(src)}
      />
      <figcaption>
        Credit: {picture.credit ?? 'not recorded'}
        {licenceName && (
          <>
            {' · Licence: '}
            {licenceLink ? (
              <a href={licenceLink} target="_blank" rel="noopener noreferrer">
                {licenceName}
              </a>
            ) : (
              licenceName
            )}
          </>
        )}
      </figcaption>
    </figure>
  );
}
