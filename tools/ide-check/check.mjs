// Drives the in-browser IDE in headless Chromium (apt install chromium): runs a document, prettifies it, searches the
// docs, and prints what a user would see plus any console errors; screenshot in /tmp/ide-run.png.
// Usage: npm ci && node check.mjs http://127.0.0.1:5080/graphql '{ creditors { name } }'
import puppeteer from 'puppeteer-core';
const url = process.argv[2];
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
const errors = [];
page.on('pageerror', e => errors.push(e.message));
page.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });
await page.setViewport({ width: 1400, height: 900 });
await page.goto(url, { waitUntil: 'networkidle0' });
await page.$eval('#query', (el, q) => { el.value = q; el.dispatchEvent(new Event('input')); }, process.argv[3]);
await page.click('#run');
await page.waitForFunction(() => document.querySelector('#result').textContent.trim().length > 0, { timeout: 10000 });
console.log('RESULT:', (await page.$eval('#result', el => el.textContent)).slice(0, 400));
console.log('STATUS:', await page.$eval('#status', el => el.textContent));
await page.click('#prettify');
console.log('PRETTIFIED:', await page.$eval('#query', el => el.value));
await page.type('#search', 'Query');
await new Promise(r => setTimeout(r, 300));
console.log('DOCS:', (await page.$eval('#doc-body', el => el.innerText)).slice(0, 300));
await page.screenshot({ path: '/tmp/ide-run.png' });
console.log('ERRORS:', JSON.stringify(errors));
await browser.close();
