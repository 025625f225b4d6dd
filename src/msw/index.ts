/**
 * `handl-rx/msw`: msw request handlers that behave like the Handl API, for testing apps
 * (and this SDK) without a license or a network.
 */
export { createHandlMock } from './create-handl-mock';
export type { HandlMock } from './create-handl-mock';
export type { FaultRule, FaultTarget } from './fault-rule';
export { fixtures } from './fixtures';
export type { HandlFixtures } from './fixtures';
export type {
  ClassifyBody,
  DetailBody,
  DetailIssue,
  MockClassifyItem,
  MockEnvelope,
  MockField,
  MockRecognizeItem,
  RecognizeBody,
  ResultBody,
} from './handl-body';
export type { HandlMockOptions, ResultSource } from './handl-mock-options';
export type { MockFault } from './mock-fault';
export type { MockFileInfo, MockRequest } from './mock-request';
export type { MockTask, MockTaskState, TaskOutcome, TaskReadiness } from './mock-task';
