import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes assets/sounds/chime.wav: two soft bell-like tones (E5, then A5) with a gentle decay. Run by hand. */
const rate = 22050;
const seconds = 1.1;
const samples = Math.floor(rate * seconds);
const data = Buffer.alloc(samples * 2);
const tone = (t: number, start: number, freq: number) => {
  if (t < start) return 0;
  const x = t - start;
  const attack = Math.min(1, x / 0.012);
  // A bell: the fundamental and a quiet octave, fading out.
  return (
    attack *
    Math.exp(-x * 4.2) *
    (Math.sin(2 * Math.PI * freq * x) + 0.25 * Math.sin(2 * Math.PI * 2 * freq * x))
  );
};
for (let i = 0; i < samples; i++) {
  const t = i / rate;
  const v = 0.28 * (tone(t, 0, 659.25) + 0.8 * tone(t, 0.16, 880));
  data.writeInt16LE(Math.max(-32767, Math.min(32767, Math.round(v * 32767))), i * 2);
}
const header = Buffer.alloc(44);
header.write('RIFF', 0);
header.writeUInt32LE(36 + data.length, 4);
header.write('WAVE', 8);
header.write('fmt ', 12);
header.writeUInt32LE(16, 16);
header.writeUInt16LE(1, 20);
header.writeUInt16LE(1, 22);
header.writeUInt32LE(rate, 24);
header.writeUInt32LE(rate * 2, 28);
header.writeUInt16LE(2, 32);
header.writeUInt16LE(16, 34);
header.write('data', 36);
header.writeUInt32LE(data.length, 40);
writeFileSync(join(import.meta.dirname, '../../assets/sounds/chime.wav'), Buffer.concat([header, data]));
