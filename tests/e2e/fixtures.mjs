// Every story runs with two guards: any Content-Security-Policy violation on any page of the
// test's browser context fails the test (the policy is strict: see scripts/csp.mjs), and so does
// any error that reaches the page uncaught (a panic of the app shows as one).
import { test as base, expect } from '@playwright/test';

/** Records CSP violations of every page in `context`; returns the list to check at the end. */
export async function guardContext(context) {
  if (context.cspViolations) return context.cspViolations;
  const violations = [];
  context.cspViolations = violations;
  // Not on a blank tab: a story's init script that seeds storage also runs there, where it may not.
  const watch = (page) => page.on('pageerror', (error) => {
    if (!page.url().startsWith('about:')) violations.push(`${page.url()}: uncaught ${error.name}: ${error.message}`);
  });
  context.pages().forEach(watch);
  context.on('page', watch);
  await context.exposeFunction('__reportCspViolation', (text) => violations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__reportCspViolation(`${location.pathname}${location.hash}: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
  return violations;
}

export const test = base.extend({
  context: async ({ context }, use) => {
    const violations = await guardContext(context);
    await use(context);
    expect(violations, 'Content-Security-Policy violations and uncaught errors').toEqual([]);
  },
  // Contexts a story makes itself (a second, fresh browser) are guarded too.
  cspGuard: [async ({ browser }, use) => {
    const made = [];
    const newContext = browser.newContext;
    browser.newContext = async (options) => {
      const context = await newContext.call(browser, options);
      made.push(await guardContext(context));
      return context;
    };
    await use();
    browser.newContext = newContext;
    expect(made.flat(), 'Content-Security-Policy violations and uncaught errors').toEqual([]);
  }, { auto: true }],
});
export { expect };
