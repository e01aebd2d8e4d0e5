import type {CSSProperties} from 'react';

/**
 * The inline style that draws an image as iOS draws a CXProviderConfiguration template icon:
 * only its alpha channel, filled with the element's background colour (set that in CSS). Object
 * URLs hold no quotes, but the URL is escaped for the CSS string anyway.
 */
export function templateMaskStyle(url: string): CSSProperties {
  const image = `url("${url.replace(/["\\\n\r]/g, encodeURIComponent)}")`;
  return {
    maskImage: image,
    maskSize: 'contain',
    maskRepeat: 'no-repeat',
    maskPosition: 'center',
    WebkitMaskImage: image,
    WebkitMaskSize: 'contain',
    WebkitMaskRepeat: 'no-repeat',
    WebkitMaskPosition: 'center',
  };
}
