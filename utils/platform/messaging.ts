/**
 * The caller's side of the protocol (content scripts, popup, options). Thin: it only
 * sends, waits with a timeout, retries once when the service worker was asleep or killed
 * (w3c/webextensions#16), and turns every failure into an `Envelope` error.
 */
import { browser } from 'wxt/browser';
import type { Envelope, Request, RequestType, Response } from '../protocol';

const DEFAULT_TIMEOUT_MS = 45_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`No answer from the ExoLens background within ${Math.round(ms / 1000)} s`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

function isEnvelope(value: unknown): value is Envelope<unknown> {
  return typeof value === 'object' && value !== null && 'ok' in value;
}

export async function send<T extends RequestType>(
  request: Extract<Request, { type: T }>,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<Envelope<Response<T>>> {
  let lastError = 'unknown error';
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const answer: unknown = await withTimeout(browser.runtime.sendMessage(request), timeoutMs);
      if (isEnvelope(answer)) return answer as Envelope<Response<T>>;
      lastError = 'the background gave no answer';
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
      // After an extension update the old content script can no longer talk to the
      // background; retrying cannot help, the page must be reloaded.
      if (/context invalidated/i.test(lastError)) {
        return { ok: false, error: 'ExoLens was updated: reload the page to continue.' };
      }
    }
  }
  return { ok: false, error: lastError };
}
