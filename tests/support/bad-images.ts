/**
 * Image files that must not be published, made at test time (a few kilobytes each rather than
 * binaries in the repository): each stands for a class of file a newsroom does receive.
 */
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** A PNG whose header says 40,000 × 40,000 px (1.6 gigapixels, 4.8 GB decoded), in under a hundred bytes: a decompression bomb. */
export function imageBomb(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(40_000, 0);
  header.writeUInt32BE(40_000, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits a channel, RGB, the standard compression, filter and no interlacing
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.alloc(1024))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A photo-like JPEG (noise, so it does not compress to nothing), 640 × 480 px. */
export async function noisyJpeg(): Promise<Buffer> {
  return sharp({
    create: { width: 640, height: 480, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 60 } },
  })
    .jpeg({ quality: 80 })
    .toBuffer();
}

/** A JPEG cut off at 60 % of its bytes, as an interrupted download or copy leaves it: its header is whole, its image data is not. */
export async function truncatedJpeg(): Promise<Buffer> {
  const whole = await noisyJpeg();
  return whole.subarray(0, Math.floor(whole.length * 0.6));
}

/** A PNG cut off halfway. */
export async function truncatedPng(): Promise<Buffer> {
  const whole = await sharp({
    create: { width: 320, height: 240, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 60 } },
  })
    .png()
    .toBuffer();
  return whole.subarray(0, Math.floor(whole.length / 2));
}

/** An SVG drawing saved under a photo's name. */
export const svgNamedJpeg = (): Buffer =>
  Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"><rect width="800" height="600" fill="teal"/></svg>\n');

/** What the camera wrote: a GPS position (the White House's), the camera, and an XMP packet saying where and who. */
export const CAMERA_EXIF = {
  IFD0: { Make: 'FixtureCam', Model: 'FC-1', Artist: 'Fixture Reporter One' },
  IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '38/1 53/1 2370/100', GPSLongitudeRef: 'W', GPSLongitude: '77/1 2/1 1308/100' },
};
export const CAMERA_XMP =
  '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="38,53.395N" exif:GPSLongitude="77,2.218W"/></rdf:RDF></x:xmpmeta>';

/** `image` again, with the camera's EXIF (a GPS position among it) and XMP written into it. */
export async function withCameraMetadata(image: Buffer): Promise<Buffer> {
  const format = (await sharp(image).metadata()).format;
  const pipeline = sharp(image).withExif(CAMERA_EXIF).withXmp(CAMERA_XMP);
  return format === 'png' ? pipeline.png().toBuffer() : pipeline.jpeg({ quality: 85 }).toBuffer();
}

/** A two-frame animated GIF, red then blue. */
export async function animatedGif(): Promise<Buffer> {
  const frame = (background: string) =>
    sharp({ create: { width: 20, height: 20, channels: 3, background } })
      .png()
      .toBuffer();
  return sharp([await frame('#ff0000'), await frame('#0000ff')], { join: { animated: true } })
    .gif()
    .toBuffer();
}
