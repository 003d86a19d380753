import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CATALOGUE } from '../../src/graphql/error-catalogue.js';
import { IDE_EXAMPLES } from '../../src/graphql/ide-examples.js';
import { launchBrowser, watch } from './browser.js';
import { baseUrl, gql } from './client.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => browser?.close());

const names = IDE_EXAMPLES.map((e) => /(?:query|mutation) (\w+)/.exec(e.query)![1]);

describe('the IDE (GraphiQL at /graphql)', () => {
  it('every example runs on the corpus; the one that writes asks for a key', async () => {
    for (const example of IDE_EXAMPLES) {
      const result = await gql(example.query, example.variables ? JSON.parse(example.variables) : {});
      if (example.query.includes('mutation')) {
        expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      } else {
        expect(result.errors).toBeUndefined();
        expect(JSON.stringify(result.data)).not.toBe('{}');
      }
    }
  });

  it('opens with the examples as tabs, the key hint and the error codes, with no external request', async () => {
    const page = await browser.newPage();
    const seen = watch(page);
    await page.goto(`${baseUrl()}/graphql`);
    await page.waitForSelector('.graphiql-tab', { timeout: 30_000 });
    const tabs = await page.$$eval('.graphiql-tab-button', (els) => els.map((el) => el.textContent?.trim() ?? ''));
    expect(tabs).toEqual(names);
    expect(await page.textContent('#accord-key-hint')).toMatch(/Headers.*Authorization.*Bearer/);
    const options = await page.$$eval('#accord-examples option', (els) => els.map((el) => el.textContent));
    expect(options.slice(1)).toEqual(IDE_EXAMPLES.map((e) => e.title));

    // run the first tab: the result shows Norov's statements with their sentences
    await page.click('.graphiql-execute-button');
    await page.locator('.result-window', { hasText: 'statementStart' }).waitFor({ timeout: 30_000 });
    expect(await page.textContent('.result-window')).toContain('Norov');

    await page.click('#accord-errors-open');
    const codes = await page.$$eval('#accord-errors tbody tr td:first-child', (els) => els.map((el) => el.textContent));
    expect(codes).toEqual(ERROR_CATALOGUE.map((e) => e.code));
    expect(seen.external()).toEqual([]);
    expect(seen.consoleErrors).toEqual([]);
    await page.close();
  });

  it('the picker puts an example into the current tab', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl()}/graphql`);
    await page.waitForSelector('.graphiql-tab', { timeout: 30_000 });
    await page.selectOption('#accord-examples', '2');
    await page.locator('.graphiql-query-editor', { hasText: 'TajikInitiatives' }).waitFor({ timeout: 10_000 });
    await page.close();
  });
});
