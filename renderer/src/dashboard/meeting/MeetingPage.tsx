import { useSession } from '../../store/selectors';
import { LiveMeeting } from './LiveMeeting';
import { MeetingSetup } from './MeetingSetup';

export function MeetingPage() {
  return useSession() ? <LiveMeeting /> : <MeetingSetup />;
}
