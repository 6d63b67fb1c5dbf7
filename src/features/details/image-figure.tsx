import { useState } from 'react';
import type { Image } from '../../api/schemas';
import { safeImageUrl, safeLinkUrl } from '../../lib/safe-url';

/** A thumbnail with its credit and licence; nothing when there is no secure image. */
export function ImageFigure({ image, alt }: { image: Image | null | undefined; alt: string }) {
  const src = safeImageUrl(image?.thumbnail_url) ?? safeImageUrl(image?.image_url);
  // Offline, or when the image host fails, the picture and its credit go rather than a broken icon.
  const [failedSrc, setFailedSrc] = useState<string | null>(null);
  if (!image || !src || failedSrc === src) return null;
  const licenceName = image.license?.name?.trim();
  const licenceLink = safeLinkUrl(image.license?.link);
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
        Credit: {image.credit?.trim() || 'not recorded'}
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
