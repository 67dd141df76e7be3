import { assertTools, requiredTools } from './required-tools';

/**
 * Runs once before any end-to-end test: without this a fresh machine failed five Firefox tests one
 * by one with "Browser was not found at the configured executablePath", which says nothing about
 * how to get one.
 */
export default function globalSetup(): void {
  assertTools(requiredTools());
}
