/**
 * The browser's own extension API object, without webextension-polyfill: Firefox's `browser`,
 * else Chrome's `chrome`. Only the popup's build uses it, in place of `wxt/browser` (see
 * wxt.config.ts): each call the popup makes returns a promise natively in both browsers on MV3.
 */
import type { browser as polyfilled } from 'wxt/browser';

type Api = typeof polyfilled;

const scope = globalThis as { browser?: Api; chrome?: Api };

export const browser = (scope.browser?.runtime?.id ? scope.browser : scope.chrome) as Api;
