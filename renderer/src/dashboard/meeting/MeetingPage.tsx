import { useHasMeeting } from '../../store/selectors';
import { LiveMeeting } from './LiveMeeting';
import { MeetingSetup } from './MeetingSetup';

export function MeetingPage() {
  return useHasMeeting() ? <LiveMeeting /> : <MeetingSetup />;
}
