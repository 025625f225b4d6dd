import type { TestProject } from 'vitest/node';
import { startHandlServer } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Root URL of the loopback Handl server of ./server.ts. */
    handlUrl: string;
  }
}

/** Starts one loopback Handl server per vitest project and hands its URL to the tests. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startHandlServer();
  project.provide('handlUrl', server.url);
  return () => server.close();
}
