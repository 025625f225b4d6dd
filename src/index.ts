export { createHandl } from './create-handl';
export type { AnyResult, Handl } from './create-handl';
export { HandlError, isHandlError } from './core/handl-error';
export type { HandlErrorInit, HandlErrorKind } from './core/handl-error';
export type {
  CallOptions,
  ClassifyOptions,
  HandlInput,
  HandlOptions,
  ParamValue,
  PollOptions,
  RecognizeOptions,
  ResultOptions,
} from './core/options';
export type { DoneState, ErrorState, PendingState, SubmittedState, TaskState } from './core/task-state';
export {
  RecognizedFieldSchema,
  RecognizeItemSchema,
  RecognizeResultSchema,
} from './core/schemas/recognize';
export type { RecognizedField, RecognizeItem, RecognizeResult } from './core/schemas/recognize';
export { ClassifyItemSchema, ClassifyResultSchema } from './core/schemas/classify';
export type { ClassifyItem, ClassifyResult } from './core/schemas/classify';
export { CoordsSchema } from './core/schemas/coords';
export type { Point, Polygon } from './core/schemas/coords';
export type { Envelope } from './core/schemas/envelope';
