import { h } from './dom';
import type { Preview } from './result-view';
import { loadSample, publicUrl, SAMPLES, type Sample } from './samples';

/** The document the next run uploads. */
export interface Selection {
  file: File;
  /** Set when it is a bundled sample. */
  sample?: Sample;
  preview: Preview;
}

interface PickerElements {
  samples: HTMLElement;
  fileInput: HTMLInputElement;
  dropzone: HTMLElement;
  dropText: HTMLElement;
}

/**
 * The sample tiles, the file input and the drop zone. Samples are fetched and uploaded as a
 * File, exactly like a user's own file.
 */
export function createDocumentPicker(ui: PickerElements, onSelect: (selection: Selection) => void) {
  let ownUrl: string | undefined;

  const mark = (id: string | null) => {
    for (const tile of ui.samples.querySelectorAll<HTMLElement>('.sample')) tile.setAttribute('aria-checked', String(tile.dataset['sample'] === id));
  };

  const select = (selection: Selection, dropText: (Node | string)[]) => {
    ui.dropText.replaceChildren(...dropText);
    document.body.dataset['selected'] = selection.file.name;
    onSelect(selection);
  };

  async function chooseSample(sample: Sample): Promise<void> {
    mark(sample.id);
    const file = await loadSample(sample);
    const preview: Preview = { url: publicUrl(`samples/${sample.file}`), kind: previewKind(file), name: file.name };
    select({ file, sample, preview }, ['Drop your own file here, or ', h('u', {}, 'choose one')]);
  }

  function chooseFile(file: File): void {
    mark(null);
    // Only the latest own file can be on screen or in the next run; the one before can go.
    if (ownUrl) URL.revokeObjectURL(ownUrl);
    ownUrl = URL.createObjectURL(file);
    select({ file, preview: { url: ownUrl, kind: previewKind(file), name: file.name } }, [
      h('strong', {}, file.name),
      ` · ${(file.size / 1024).toFixed(0)} kB · `,
      h('u', {}, 'change'),
    ]);
  }

  for (const sample of SAMPLES) {
    const thumb = sample.type.startsWith('image/')
      ? h('img', { src: publicUrl(`samples/${sample.file}`), alt: '', loading: 'lazy' })
      : h('span', { class: 'doc-icon small' }, 'PDF');
    ui.samples.append(
      h(
        'button',
        { type: 'button', class: 'sample', role: 'radio', 'aria-checked': 'false', 'data-sample': sample.id, onclick: () => void chooseSample(sample) },
        h('span', { class: 'thumb' }, thumb),
        h('span', { class: 'sample-text' }, h('strong', {}, sample.label), h('small', {}, sample.hint)),
      ),
    );
  }
  ui.fileInput.addEventListener('change', () => {
    const file = ui.fileInput.files?.[0];
    if (file) chooseFile(file);
  });
  for (const type of ['dragenter', 'dragover'] as const) {
    ui.dropzone.addEventListener(type, (event) => {
      event.preventDefault();
      ui.dropzone.classList.add('over');
    });
  }
  ui.dropzone.addEventListener('dragleave', () => ui.dropzone.classList.remove('over'));
  ui.dropzone.addEventListener('drop', (event) => {
    event.preventDefault();
    ui.dropzone.classList.remove('over');
    const file = event.dataTransfer?.files[0];
    if (file) chooseFile(file);
  });

  return { chooseSample };
}

function previewKind(file: File): Preview['kind'] {
  if (file.type === 'application/pdf' || /\.pdf$/i.test(file.name)) return 'pdf';
  return file.type.startsWith('image/') || /\.(jpe?g|png|gif|webp|bmp)$/i.test(file.name) ? 'image' : 'other';
}
