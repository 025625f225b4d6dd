// The browser module of the README Runtimes section, run in Chromium against the loopback server:
// a real <input type=file> hands its File to the SDK.
import { expect, inject, test } from 'vitest';
import { recognizeOnPick } from '../runtimes/examples/browser';
import { SPECIMEN, fetchSpecimen } from '../runtimes/scenarios';

test('the browser example of the README Runtimes section shows the recognized document type', async () => {
  const url = inject('handlUrl');
  const input = document.body.appendChild(Object.assign(document.createElement('input'), { type: 'file' }));
  const output = document.body.appendChild(document.createElement('output'));
  recognizeOnPick(input, output, url);

  const picked = new DataTransfer();
  picked.items.add(new File([await fetchSpecimen(url)], SPECIMEN.name, { type: 'image/jpeg' }));
  input.files = picked.files;
  input.dispatchEvent(new Event('change'));

  expect(output.textContent).toBe('');
  await expect.poll(() => output.textContent, { timeout: 10_000 }).toBe('passport_main');
});
