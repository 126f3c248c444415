/**
 * The QR code of an otpauth URI as one SVG path: what the lazy chunk holds (lean-qr and this).
 * Each dark module is a 1×1 square; the caller draws it with Lit's `svg`, no markup strings.
 */
import { generate } from 'lean-qr/nano';

export interface QrCode {
  /** Modules per side. */
  size: number;
  /** An SVG path `d` covering the dark modules. */
  path: string;
}

export function qrCode(text: string): QrCode {
  const code = generate(text);
  let path = '';
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size; x++) if (code.get(x, y)) path += `M${x} ${y}h1v1h-1z`;
  }
  return { size: code.size, path };
}
