import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS } from '../../core/api/contract.ts';
import { buildApi } from './build-api.ts';

contextBridge.exposeInMainWorld('api', buildApi(ipcRenderer, CHANNELS));
