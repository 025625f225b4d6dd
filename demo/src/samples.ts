/** A document bundled with the demo (files in `public/samples/`, licence notice beside them). */
export interface Sample {
  id: string;
  file: string;
  label: string;
  /** One line under the label: what the sample is good for. */
  hint: string;
  type: string;
  /** SHA-256 of the bytes, as the mock sees the upload; it keys the annotated answers. */
  sha256: string;
}

export const SAMPLES: readonly Sample[] = [
  {
    id: 'utopia',
    file: 'passport-utopia-td3-specimen.jpg',
    label: 'Utopia passport',
    hint: 'ICAO specimen, clean scan',
    type: 'image/jpeg',
    sha256: 'ff1392595fa9a5611131d4cab98a8414d6505268a31afdce1d7546bd7f4a8821',
  },
  {
    id: 'czech',
    file: 'passport-czech-specimen-small.jpg',
    label: 'Czech passport',
    hint: 'specimen, small 54 kB scan',
    type: 'image/jpeg',
    sha256: 'f6e7cb5a6aed4753e35c02b75508227c898fab950461795fc68eea63ac0c8e31',
  },
  {
    id: 'licence',
    file: 'driver-license-massachusetts-fake.png',
    label: 'Driver licence',
    hint: 'synthetic sample, not a passport',
    type: 'image/png',
    sha256: 'f2435b1b93251444b8cdfe789539b4cd5c879c37b5dbb777487089992216ff09',
  },
  {
    id: 'telescope',
    file: 'not-a-document-telescope.jpg',
    label: 'Telescope photo',
    hint: 'not a document at all',
    type: 'image/jpeg',
    sha256: '69733e13127d89782f3b1c4ee963e19300450ccc4e7cf8d883c2dbbb7e1050fa',
  },
  {
    id: 'pdf',
    file: 'multipage-text-2p.pdf',
    label: 'Two-page PDF',
    hint: 'text PDF, not an ID',
    type: 'application/pdf',
    sha256: 'c929bac6248ffcc01a98982b64d2f3f44984c6fcb7e4f4c5ba253b03dd7762a4',
  },
];

/** URL of a file in `public/`, right in dev (base `/`) and in the built site (base `./`). */
export function publicUrl(path: string): string {
  return new URL(`${import.meta.env.BASE_URL}${path}`, document.baseURI).href;
}

/** Fetches a bundled sample as a File, so it travels exactly like a user's own upload. */
export async function loadSample(sample: Sample): Promise<File> {
  const response = await fetch(publicUrl(`samples/${sample.file}`));
  if (!response.ok) throw new Error(`Could not load the sample ${sample.file} (HTTP ${response.status}).`);
  return new File([await response.blob()], sample.file, { type: sample.type });
}
