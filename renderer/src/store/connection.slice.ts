import type { StateCreator } from 'zustand';
import type { ConnectionStatus } from '../transport/transport';

export interface ConnectionSlice {
  connection: { status: ConnectionStatus; kind: 'ipc' | 'ws' | null };
}

export const createConnectionSlice: StateCreator<ConnectionSlice, [], [], ConnectionSlice> = () => ({
  connection: { status: 'connecting', kind: null },
});
