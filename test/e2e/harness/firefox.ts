/**
 * Real headless Firefox ESR (Debian's /usr/bin/firefox-esr) driven by puppeteer-core over
 * WebDriver BiDi, with the built extension installed as a temporary add-on. Firefox offers
 * no interception of extension traffic, so NCBI host names resolve to a local HTTPS
 * server on loopback (network.dns.localDomains) that answers from the recorded NCBI.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import type { FakeNcbi } from './fake-ncbi';
import { pageDriver } from './page-helpers';
import type { BrowserSession } from './types';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The internal UUID the add-on's moz-extension:// pages get here, fixed by a pref. */
const EXTENSION_UUID = '3f5c2a9e-6d1b-4c8e-9a7f-0e4b5d6c7a81';
const HOSTS = ['pubmed.ncbi.nlm.nih.gov', 'pmc.ncbi.nlm.nih.gov', 'www.ncbi.nlm.nih.gov', 'eutils.ncbi.nlm.nih.gov', 'cdn.ncbi.nlm.nih.gov', 'api.ncbi.nlm.nih.gov'];

function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'exolens-cert-'));
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
      '-subj', '/CN=ncbi.nlm.nih.gov', '-addext', `subjectAltName=${HOSTS.map((h) => `DNS:${h}`).join(',')}`,
    ], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function startServer(fake: FakeNcbi): Promise<Server> {
  const server = createServer(selfSignedCertificate(), (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', `https://${req.headers.host ?? 'localhost'}`);
      const outcome = fake.handle({ method: req.method ?? 'GET', url, body: Buffer.concat(chunks).toString('utf8') });
      if (outcome === 'hang') return;
      if (outcome === 'abort') return req.socket.destroy();
      res.writeHead(outcome.status, outcome.headers ?? {});
      res.end(outcome.body);
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(443, '127.0.0.1', () => ok());
  });
  return server;
}

export async function launchFirefox(extensionDir: string, fake: FakeNcbi): Promise<BrowserSession> {
  const server = await startServer(fake);
  const pageErrors: string[] = [];
  const addonId: unknown = JSON.parse(readFileSync(join(resolve(extensionDir), 'manifest.json'), 'utf8')).browser_specific_settings?.gecko?.id;
  try {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      acceptInsecureCerts: true,
      defaultViewport: { width: 1280, height: 900 },
      extraPrefsFirefox: {
        'network.dns.localDomains': HOSTS.join(','),
        'network.dns.disableIPv6': true,
        // Known moz-extension:// origin, so tests can open the popup and options pages.
        'extensions.webextensions.uuids': JSON.stringify({ [String(addonId)]: EXTENSION_UUID }),
      },
    });
    await browser.installExtension(resolve(extensionDir));
    const sockets = new Set<import('node:net').Socket>();
    server.on('secureConnection', (socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    return {
      name: 'firefox',
      fake,
      pageErrors,
      async newPage() {
        const page = await browser.newPage();
        page.on('pageerror', (error) => pageErrors.push(error instanceof Error ? error.message : String(error)));
        return pageDriver(page);
      },
      async openExtensionPage(path) {
        const page = await browser.newPage();
        page.on('pageerror', (error) => pageErrors.push(error instanceof Error ? error.message : String(error)));
        // Firefox loads the page, but puppeteer's navigation tracking over BiDi never reports an
        // extension page loaded: start the navigation, then wait for the page itself.
        const url = `moz-extension://${EXTENSION_UUID}/${path}`;
        void page.goto(url).catch(() => undefined);
        const driver = pageDriver(page);
        await driver.waitFor(`location.href === ${JSON.stringify(url)} && document.readyState === 'complete'`, `${path} loaded`);
        return driver;
      },
      async close() {
        await browser.close();
        for (const socket of sockets) socket.destroy();
        await new Promise<void>((ok) => server.close(() => ok()));
      },
    };
  } catch (error) {
    server.close();
    throw error;
  }
}
