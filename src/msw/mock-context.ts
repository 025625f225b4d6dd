import type { ResolvedMockOptions } from './handl-mock-options';
import type { MockTask } from './mock-task';

/**
 * What the request handlers share: the settings and the task table.
 * @example const context: MockContext = { settings: resolveMockOptions({}), tasks: new Map() };
 */
export interface MockContext {
  settings: ResolvedMockOptions;
  tasks: Map<string, MockTask>;
}
