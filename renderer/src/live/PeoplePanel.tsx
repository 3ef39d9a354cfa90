import { useTranslation } from 'react-i18next';
import { hasFloorKeys } from '../../../shared/meeting/floor.keys';
import type { PeopleView, PersonRow } from '../../../shared/meeting/meeting.view.people';
import { useAllowed, useView } from '../store/selectors';
import { Button } from '../ui/Button';
import { quick } from './meeting.actions';
import { giveFloor, leaveMeeting, moveInQueue, toggleQueue } from './people.actions';
import { JoinForm } from './JoinForm';
import { TalkTime, TurnTime } from './TalkTime';

/** Who has the floor and for how long (against the turn limit, or the round's time each); in a round, who is next. */
function FloorLine({ people }: { people: PeopleView }) {
  const { t } = useTranslation();
  const { floor, round } = people;
  const name = (id: string | null) => people.rows.find((r) => r.id === id)?.name ?? '';
  const turn = round?.turn ?? floor.turn;
  return (
    <div className="people__floor" data-testid="floor" aria-live="polite">
      {floor.participantId === null ? (
        <span className="muted">{t('people.nobody')}</span>
      ) : (
        <>
          <span className="people__speaker">{t('people.speaking', { name: name(floor.participantId) })}</span>
          {turn && <TurnTime clock={turn} limitMs={floor.limitMs} />}
        </>
      )}
      {round && (
        <span className="people__round muted" data-testid="round">
          {t('people.round', { done: round.done.length, total: round.order.length })}
          {round.next && ` · ${t('people.roundNext', { name: name(round.next) })}`}
        </span>
      )}
    </div>
  );
}

function Person({ row, people, roomy }: { row: PersonRow; people: PeopleView; roomy: boolean }) {
  const { t } = useTranslation();
  const allowed = useAllowed();
  const speaking = people.floor.participantId === row.id;
  const quiet = people.tracking && row.present && row.turns === 0;
  const queueLabel =
    row.queued === null
      ? t('people.queue', { name: row.name })
      : t('people.unqueue', { name: row.name, place: row.queued });
  const classes = [
    'person',
    speaking && 'is-speaking',
    !row.present && 'is-away',
    quiet && 'is-quiet',
    row.queued !== null && 'is-queued',
  ];
  return (
    <li className={classes.filter(Boolean).join(' ')} data-testid={`person-${row.n}`}>
      <button
        type="button"
        className="person__floor"
        aria-pressed={speaking}
        aria-keyshortcuts={row.n <= 9 ? String(row.n) : undefined}
        disabled={!row.present || !allowed?.giveFloor}
        title={
          speaking ? t('people.takeFloor', { name: row.name }) : t('people.giveFloor', { name: row.name })
        }
        onClick={() => void giveFloor(speaking ? null : row.id)}
      >
        {row.n <= 9 && (
          <span className="person__key" aria-hidden>
            {row.n}
          </span>
        )}
        <span className="person__name">
          {row.name}
          {quiet && <span className="visually-hidden"> ({t('people.notHeard')})</span>}
          {!row.present && <span className="visually-hidden"> ({t('people.away')})</span>}
        </span>
        {roomy && row.org && <span className="person__org muted">{row.org}</span>}
        <TalkTime clock={row.talk} className="person__time" />
      </button>
      <button
        type="button"
        className="person__queue"
        aria-pressed={row.queued !== null}
        disabled={!row.present || !(row.queued === null ? allowed?.queueAdd : allowed?.queueRemove)}
        title={queueLabel}
        onClick={() => void toggleQueue(row.id, row.queued !== null)}
      >
        {/* The mark is for the eye; the words are the button's name. */}
        <span aria-hidden>{row.queued === null ? '+' : row.queued}</span>
        <span className="visually-hidden">{queueLabel}</span>
      </button>
      {roomy && (
        <Button
          size="sm"
          variant="ghost"
          className="person__leave"
          disabled={!row.present || !allowed?.leaveParticipant}
          aria-label={t('people.leaveFor', { name: row.name })}
          onClick={() => void leaveMeeting(row.id)}
        >
          {t('people.leave')}
        </Button>
      )}
    </li>
  );
}

/** The speaking list: first to speak first, moved up or taken off one by one, the first given the floor with Q. */
function Queue({ people }: { people: PeopleView }) {
  const { t } = useTranslation();
  const allowed = useAllowed();
  const rows = people.queue.map((id) => people.rows.find((r) => r.id === id)!).filter(Boolean);
  return (
    <div className="people__queue" data-testid="queue">
      <span className="people__queue-label">{t('people.waiting')}</span>
      {rows.length === 0 ? (
        <span className="muted">{t('people.nobodyWaiting')}</span>
      ) : (
        <ol className="queue">
          {rows.map((r, i) => (
            <li key={r.id} className="queue__item">
              <span className="queue__name">{r.name}</span>
              {i > 0 && (
                <button
                  type="button"
                  className="queue__btn"
                  disabled={!allowed?.queueMove}
                  aria-label={t('people.moveUp', { name: r.name })}
                  title={t('people.moveUp', { name: r.name })}
                  onClick={() => void moveInQueue(r.id, i - 1)}
                >
                  ↑
                </button>
              )}
              <button
                type="button"
                className="queue__btn"
                aria-label={t('people.unqueue', { name: r.name, place: i + 1 })}
                title={t('people.unqueue', { name: r.name, place: i + 1 })}
                onClick={() => void toggleQueue(r.id, true)}
              >
                ×
              </button>
            </li>
          ))}
        </ol>
      )}
      <Button
        size="sm"
        className="people__next"
        disabled={!allowed?.queueNext}
        onClick={() => quick('queueNext')}
        shortcut="Q"
        title={`${t('people.next')} (Q)`}
      >
        {t('people.next')}
      </Button>
    </div>
  );
}

/**
 * The people in a group meeting: each with their digit key and talk so far, who has the floor (a tap gives it, a tap
 * on the speaker takes it back), who has not been heard yet, and the speaking list. `roomy` (the dashboard) adds
 * organisations, leaving and late joiners.
 */
export function PeoplePanel({ roomy = false }: { roomy?: boolean }) {
  const { t } = useTranslation();
  const people = useView((v) => (hasFloorKeys(v) ? v.people : null));
  const live = useView((v) => v.status === 'running' || v.status === 'paused');
  if (!people) return null;
  return (
    <section className={`people${roomy ? ' people--roomy' : ''}`} aria-label={t('people.label')}>
      {live && <FloorLine people={people} />}
      <ul className="people__list">
        {people.rows.map((r) => (
          <Person key={r.id} row={r} people={people} roomy={roomy} />
        ))}
      </ul>
      {live && <Queue people={people} />}
      {roomy && <JoinForm />}
    </section>
  );
}
