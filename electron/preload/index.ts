/**
 * The bridge: window.studio gets one typed function per contract channel and an event
 * subscription, nothing else. No ipcRenderer, no Node, no raw channel access.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNEL_NAMES, EVENT_CHANNEL_PREFIX, EVENT_NAMES, INVOKE_CHANNEL } from '../../core/ipc/contract.ts';
import { buildStudioApi } from '../../core/ipc/studio-api.ts';

const api = buildStudioApi(
  CHANNEL_NAMES,
  EVENT_NAMES,
  (channel, args) => ipcRenderer.invoke(INVOKE_CHANNEL, channel, args),
  (event, listener) => {
    const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(EVENT_CHANNEL_PREFIX + event, wrapped);
    return () => ipcRenderer.removeListener(EVENT_CHANNEL_PREFIX + event, wrapped);
  },
);

contextBridge.exposeInMainWorld('studio', api);
