import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_NAMES } from '../../core/api/channels.ts';
import { HOST_CHANNEL_NAMES } from '../../core/api/host-channels.ts';
import { buildApi } from './build-api.ts';
import { buildWork } from './build-work.ts';

contextBridge.exposeInMainWorld('api', buildApi(ipcRenderer, [...CHANNEL_NAMES, ...HOST_CHANNEL_NAMES]));
contextBridge.exposeInMainWorld('work', buildWork(ipcRenderer));
