import { useTranslation } from 'react-i18next';
import { countdown as countdownOf, readClock, type Clocked } from '../../../shared/meeting/meeting.clocked';
import type { RoomView } from '../../../shared/room/room.view';
import { countdown, elapsed, overtime } from '../format/time';
import { useConnection, useNow, useRoom } from '../store/selectors';

/** The big clock: time left on the current item (or the chat), red and counting up once it is over. */
function RoomClock({ counter }: { counter: NonNullable<RoomView['counter']> }) {
  const { t } = useTranslation();
  const now = useNow();
  const c = countdownOf(readClock(counter.elapsed, now), counter.budgetMs);
  const over = c.overtimeMs > 0;
  return (
    <div className={`room__clock${over ? ' is-over' : ''}${counter.stopped ? ' is-stopped' : ''}`}>
      <span className="room__clock-value tabular" data-testid="room-clock">
        {over ? overtime(c.overtimeMs) : countdown(c.remainingMs)}
      </span>
      <span className="room__clock-label">{over ? t('room.over') : t('room.left')}</span>
      <div className="room__bar" aria-hidden>
        <div className="room__bar-fill" style={{ transform: `scaleX(${Math.min(1, c.fraction)})` }} />
      </div>
    </div>
  );
}

function Ticking({ clock }: { clock: Clocked }) {
  const now = useNow();
  return <>{elapsed(readClock(clock, now))}</>;
}

/** Who has the floor, their turn against its limit, and in a round how far it is. */
function Floor({ room }: { room: RoomView }) {
  const { t } = useTranslation();
  const now = useNow();
  const f = room.floor;
  const over = f && f.limitMs !== null && readClock(f.turn, now) > f.limitMs;
  return (
    <section className="room__floor" aria-label={t('room.floor')}>
      <h2 className="room__label">{t('room.floor')}</h2>
      {f ? (
        <p className="room__speaker" data-testid="room-speaker">
          <span className="room__name">{f.name}</span>
          <span className={`room__turn tabular${over ? ' is-over' : ''}`}>
            <Ticking clock={f.turn} />
            {f.limitMs !== null && <span className="room__limit"> / {elapsed(f.limitMs)}</span>}
          </span>
        </p>
      ) : (
        <p className="room__speaker room__speaker--none">{t('room.nobody')}</p>
      )}
      {room.round && (
        <p className="room__round" data-testid="room-round">
          {t('room.round', { done: room.round.done, total: room.round.total })}
          {room.round.next && ` · ${t('room.roundNext', { name: room.round.next })}`}
        </p>
      )}
    </section>
  );
}

function Queue({ names }: { names: string[] }) {
  const { t } = useTranslation();
  return (
    <section className="room__queue" aria-label={t('room.queue')}>
      <h2 className="room__label">{t('room.queue')}</h2>
      {names.length === 0 ? (
        <p className="room__empty">{t('room.nobodyWaiting')}</p>
      ) : (
        <ol className="room__queue-list" data-testid="room-queue">
          {names.slice(0, 6).map((n, i) => (
            <li key={`${i}-${n}`}>{n}</li>
          ))}
          {names.length > 6 && <li className="room__more">{t('room.more', { count: names.length - 6 })}</li>}
        </ol>
      )}
    </section>
  );
}

function MeetingLeft({ room }: { room: RoomView }) {
  const { t } = useTranslation();
  const now = useNow();
  if (room.meeting.capMs === null) return null;
  const c = countdownOf(readClock(room.meeting.elapsed, now), room.meeting.capMs);
  return (
    <span className={`room__meeting tabular${c.overtimeMs > 0 ? ' is-over' : ''}`}>
      {c.overtimeMs > 0
        ? t('room.meetingOver', { time: overtime(c.overtimeMs) })
        : t('room.meetingLeft', { time: countdown(c.remainingMs) })}
    </span>
  );
}

/**
 * The room view: for a shared screen or a TV across the room. Where the meeting is, the time left, who has the floor
 * and who waits, what comes next — in huge type, and nothing else (no client, no money, no lines, no notes).
 */
export function RoomApp() {
  const { t } = useTranslation();
  const room = useRoom();
  const offline = useConnection().status !== 'open';
  return (
    <main
      className={`room${offline ? ' room--offline' : ''}`}
      aria-label={t('room.label')}
      data-testid="room"
    >
      {offline && (
        <p className="room__offline" role="status">
          {t('app.disconnected')}
        </p>
      )}
      {!room || room.status === 'planned' ? (
        <p className="room__waiting">{t('room.waiting')}</p>
      ) : room.status === 'ended' ? (
        <p className="room__waiting">{t('room.ended')}</p>
      ) : (
        <>
          <header className="room__head">
            <h1 className="room__item" data-testid="room-item">
              {room.item ? room.item.title : t('room.chat')}
            </h1>
            <span className="room__position">
              {room.item && t('room.position', { n: room.item.n, total: room.item.total })}
              {room.status === 'paused' && <span className="room__badge">{t('room.paused')}</span>}
              {room.offTopic && <span className="room__badge">{t('room.offTopic')}</span>}
            </span>
          </header>
          {room.counter && <RoomClock counter={room.counter} />}
          <div className="room__people">
            <Floor room={room} />
            <Queue names={room.queue} />
          </div>
          <footer className="room__foot">
            <span className="room__next">
              {room.next
                ? t('room.next', { title: room.next.kind === 'item' ? room.next.title : t('room.chat') })
                : t('room.last')}
            </span>
            <MeetingLeft room={room} />
          </footer>
        </>
      )}
    </main>
  );
}
