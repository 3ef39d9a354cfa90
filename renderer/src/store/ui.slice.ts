import type { StateCreator } from 'zustand';

export interface Toast {
  id: number;
  text: string;
  kind: 'info' | 'error';
}

/** State that belongs to this window only. */
export interface UiSlice {
  overlayExpanded: boolean;
  toasts: Toast[];
}

export const createUiSlice: StateCreator<UiSlice, [], [], UiSlice> = () => ({
  overlayExpanded: false,
  toasts: [],
});
