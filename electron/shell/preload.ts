/**
 * Electron preload (sandboxed, context-isolated). Exposes named functions only — one per API
 * method plus an event subscription — never ipcRenderer itself. The main process validates
 * every argument; this file stays dumb on purpose.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { methods, type AnyEvent, type MethodName } from '../../shared/api.js';
import type { WarrantApi, WarrantBridge } from '../../shared/transport.js';
import { EVENT_CHANNEL, channelFor } from './channels.js';

const api = Object.fromEntries(
  (Object.keys(methods) as MethodName[]).map((name) => [name, (args: unknown) => ipcRenderer.invoke(channelFor(name), args)]),
) as unknown as WarrantApi;

const bridge = {
  api,
  onEvent(listener: (event: AnyEvent) => void) {
    const wrapped = (_e: IpcRendererEvent, event: AnyEvent): void => listener(event);
    ipcRenderer.on(EVENT_CHANNEL, wrapped);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, wrapped);
    };
  },
} satisfies WarrantBridge;

contextBridge.exposeInMainWorld('warrant', bridge);
