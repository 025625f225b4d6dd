import { describe, expect, it } from 'vitest';
import { fixtures } from 'handl-rx/msw';
import { answer, serve, submit, upload, useMswServer } from './mock-server';

useMswServer();

const missingImage = { loc: ['body', 'image'], msg: 'field required', type: 'value_error.missing' };

describe('request validation (422, FastAPI style)', () => {
  it('answers 422 when the multipart body has no `image` part', async () => {
    const mock = serve();
    const form = new FormData();
    form.append('file', new Blob(['x']), 'scan.jpg');
    expect(await answer(submit('/recognize', '', form))).toEqual({ status: 422, body: { detail: [missingImage] } });
    expect(await answer(submit('/classify', '?async=true', new FormData()))).toEqual({ status: 422, body: { detail: [missingImage] } });
    expect(mock.tasks).toEqual([]);
  });

  it('answers 422 when the body is not multipart at all, or `image` is not a file', async () => {
    serve();
    expect(await answer(submit('/recognize', '', 'image=abc', { headers: { 'Content-Type': 'text/plain' } }))).toEqual({
      status: 422,
      body: { detail: [missingImage] },
    });
    const form = new FormData();
    form.append('image', 'not a file');
    expect(await answer(submit('/recognize', '', form))).toEqual({
      status: 422,
      body: { detail: [{ loc: ['body', 'image'], msg: "Expected UploadFile, received: <class 'str'>", type: 'value_error' }] },
    });
  });

  it('answers 422 shaped like error-422-validation.json for `quality` above 100', async () => {
    serve();
    expect(await answer(submit('/recognize', '?quality=101'))).toEqual({ status: 422, body: fixtures.validation422 });
  });

  it('lists every bad query parameter, then the body problems', async () => {
    serve();
    const { status, body } = await answer(
      submit('/recognize', '?quality=high&dpi=-1&priority=0&async=maybe&with_hitl=yes&quality=-5', new FormData()),
    );
    expect(status).toBe(422);
    expect(body).toEqual({
      detail: [
        { loc: ['query', 'async'], msg: 'value could not be parsed to a boolean', type: 'type_error.bool' },
        { loc: ['query', 'priority'], msg: 'ensure this value is greater than or equal to 1', type: 'value_error.number.not_ge', ctx: { limit_value: 1 } },
        { loc: ['query', 'quality'], msg: 'ensure this value is greater than or equal to 0', type: 'value_error.number.not_ge', ctx: { limit_value: 0 } },
        { loc: ['query', 'dpi'], msg: 'ensure this value is greater than or equal to 0', type: 'value_error.number.not_ge', ctx: { limit_value: 0 } },
        missingImage,
      ],
    });
  });

  it('validates the classify-only parameters on /classify', async () => {
    serve();
    const query = '?min_shape=0&min_filesize=1.5&max_blur_score=abc&max_exposure_score=0.4';
    expect(await answer(submit('/classify', query))).toEqual({
      status: 422,
      body: {
        detail: [
          { loc: ['query', 'min_shape'], msg: 'ensure this value is greater than 0', type: 'value_error.number.not_gt', ctx: { limit_value: 0 } },
          { loc: ['query', 'min_filesize'], msg: 'value is not a valid integer', type: 'type_error.integer' },
          { loc: ['query', 'max_blur_score'], msg: 'value is not a valid float', type: 'type_error.float' },
        ],
      },
    });
    // Unknown to /recognize, so passed through like any other unknown parameter.
    expect((await submit('/recognize', query)).status).toBe(200);
  });

  it('accepts valid values and unknown parameters', async () => {
    serve();
    const query = '?quality=75&dpi=300&priority=2&return_crops=False&check_fake=1&mode=default&foo=bar';
    expect((await submit('/recognize', query)).status).toBe(200);
  });

  it('answers 422 when verify_fields is not a JSON object', async () => {
    const mock = serve();
    expect(await answer(submit('/recognize', '', upload(undefined, 'scan.jpg', '{"surname":')))).toEqual({
      status: 422,
      body: { detail: [{ loc: ['body', 'verify_fields'], msg: 'Invalid JSON', type: 'value_error.json' }] },
    });
    expect(await answer(submit('/recognize', '', upload(undefined, 'scan.jpg', '["ТЕСТОВ"]')))).toEqual({
      status: 422,
      body: { detail: [{ loc: ['body', 'verify_fields'], msg: 'value is not a valid dict', type: 'type_error.dict' }] },
    });
    expect(mock.requests.map((r) => r.verifyFields)).toEqual(['{"surname":', ['ТЕСТОВ']]);
  });

  it('answers 422 when verify_fields is a plain form field, not the JSON file part Handl takes', async () => {
    const mock = serve();
    const form = upload();
    form.append('verify_fields', '{"surname":"ТЕСТОВ"}');
    expect(await answer(submit('/recognize', '', form))).toEqual({
      status: 422,
      body: { detail: [{ loc: ['body', 'verify_fields'], msg: "Expected UploadFile, received: <class 'str'>", type: 'value_error' }] },
    });
    expect(mock.requests[0]?.verifyFields).toEqual({ surname: 'ТЕСТОВ' });
  });
});
