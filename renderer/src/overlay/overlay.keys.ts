import { useMeetingKeys } from '../live/meeting.keys';
import { setOverlayExpanded } from '../store/actions';
import { useAppStore } from '../store/store';

/** The overlay's own keys, on top of the meeting's: X shows or hides the details. */
const OVERLAY_KEYS = {
  x: () => setOverlayExpanded(!useAppStore.getState().overlayExpanded),
};

export function useOverlayKeys(): void {
  useMeetingKeys(OVERLAY_KEYS);
}
