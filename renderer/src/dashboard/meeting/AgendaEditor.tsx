import { useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { priorityValues, type Priority } from '../../../../shared/agenda/agenda.schema';
import { humanDuration } from '../../format/time';
import { Button } from '../../ui/Button';
import { DurationInput } from '../../ui/DurationInput';
import { itemBudget, newItem, type DraftItem } from './setup.draft';

interface Props {
  items: DraftItem[];
  onChange: (items: DraftItem[]) => void;
  /** What is wrong, in words, keyed by where: "items.<id>.title". */
  errors: Record<string, string>;
  /** How many people a group meeting has (an item can be a round), or null for a one-client call. */
  people?: number | null;
}

/** The time each person has in a round, whether it hands over by itself, and what the whole round takes. */
function RoundFields({
  item,
  index,
  people,
  onChange,
}: {
  item: DraftItem & { round: NonNullable<DraftItem['round']> };
  index: number;
  people: number;
  onChange: (round: NonNullable<DraftItem['round']>) => void;
}) {
  const { t, i18n } = useTranslation();
  const d = (sec: number) => humanDuration(sec * 1000, i18n.language);
  return (
    <div className="agenda-row__round">
      <DurationInput
        className="agenda-row__budget"
        compact
        label={t('setup.round.each', { n: index + 1 })}
        value={item.round.perPersonSec}
        onChange={(sec) => sec !== null && sec > 0 && onChange({ ...item.round, perPersonSec: sec })}
      />
      <label className="check">
        <input
          type="checkbox"
          checked={item.round.auto}
          onChange={(e) => onChange({ ...item.round, auto: e.target.checked })}
        />
        {t('setup.round.auto')}
      </label>
      <span className="muted tabular" data-testid={`round-total-${index + 1}`}>
        {t('setup.round.total', {
          count: people,
          each: d(item.round.perPersonSec),
          total: d(itemBudget(item, people)),
        })}
      </span>
    </div>
  );
}

export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length || from === to) return [...list];
  const next = [...list];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved!);
  return next;
}

/** The agenda: add, edit, remove, and reorder by dragging or with Alt+↑/↓ (or the arrow buttons). */
export function AgendaEditor({ items, onChange, errors, people = null }: Props) {
  const { t } = useTranslation();
  const [dragging, setDragging] = useState<number | null>(null);
  const [openNotes, setOpenNotes] = useState<Set<string>>(new Set());
  const patch = (id: string, p: Partial<DraftItem>) =>
    onChange(items.map((i) => (i.id === id ? { ...i, ...p } : i)));
  const move = (from: number, to: number) => {
    onChange(moveItem(items, from, to));
    // Keep the keyboard where the row went.
    requestAnimationFrame(() =>
      document.querySelector<HTMLInputElement>(`[data-row="${items[from]!.id}"] input`)?.focus(),
    );
  };
  const onRowKey = (e: KeyboardEvent, index: number) => {
    if (!e.altKey) return;
    if (e.key === 'ArrowUp') {
      e.preventDefault();
      move(index, index - 1);
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      move(index, index + 1);
    }
  };
  const onDrop = (e: DragEvent, index: number) => {
    e.preventDefault();
    if (dragging !== null) move(dragging, index);
    setDragging(null);
  };

  return (
    <div className="agenda-editor">
      <ol className="agenda-editor__list" aria-label={t('setup.agenda')}>
        {items.map((item, index) => {
          const titleError = errors[`items.${item.id}.title`] ?? errors[`items.${item.id}.round`];
          const round = people !== null ? item.round : undefined;
          const notesOpen = openNotes.has(item.id) || item.notes !== '';
          return (
            <li
              key={item.id}
              data-row={item.id}
              className={`agenda-row${dragging === index ? ' is-dragging' : ''}`}
              onKeyDown={(e) => onRowKey(e, index)}
              onDragOver={(e) => e.preventDefault()}
              onDrop={(e) => onDrop(e, index)}
            >
              <span
                className="agenda-row__handle"
                draggable
                onDragStart={(e) => {
                  setDragging(index);
                  e.dataTransfer.effectAllowed = 'move';
                  e.dataTransfer.setData('text/plain', item.title);
                }}
                onDragEnd={() => setDragging(null)}
                title={t('setup.dragHint')}
                aria-hidden
              >
                ⋮⋮
              </span>
              <span className="agenda-row__num tabular" aria-hidden>
                {index + 1}
              </span>
              <div className="agenda-row__main">
                <div className="agenda-row__line">
                  <div className="field agenda-row__title">
                    <label className="visually-hidden" htmlFor={`title-${item.id}`}>
                      {t('setup.itemTitle', { n: index + 1 })}
                    </label>
                    <input
                      id={`title-${item.id}`}
                      className="input"
                      value={item.title}
                      placeholder={t('setup.itemPlaceholder')}
                      aria-invalid={titleError ? true : undefined}
                      aria-describedby={titleError ? `title-${item.id}-error` : undefined}
                      onChange={(e) => patch(item.id, { title: e.target.value })}
                      onKeyDown={(e) => {
                        if (e.key === 'Enter' && !e.altKey) {
                          e.preventDefault();
                          const next = newItem();
                          onChange([...items.slice(0, index + 1), next, ...items.slice(index + 1)]);
                          requestAnimationFrame(() => document.getElementById(`title-${next.id}`)?.focus());
                        }
                      }}
                    />
                  </div>
                  {!round && (
                    <DurationInput
                      className="agenda-row__budget"
                      compact
                      label={t('setup.itemBudget', { n: index + 1 })}
                      value={item.budgetSec}
                      onChange={(sec) => patch(item.id, { budgetSec: sec ?? 0 })}
                    />
                  )}
                  <div className="field agenda-row__priority">
                    <label className="visually-hidden" htmlFor={`prio-${item.id}`}>
                      {t('setup.priority', { n: index + 1 })}
                    </label>
                    <select
                      id={`prio-${item.id}`}
                      className="select"
                      value={item.priority}
                      onChange={(e) => patch(item.id, { priority: e.target.value as Priority })}
                    >
                      {priorityValues.map((p) => (
                        <option key={p} value={p}>
                          {t(`priority.${p}`)}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div className="agenda-row__tools">
                    {people !== null && (
                      <Button
                        size="sm"
                        variant="ghost"
                        icon="users"
                        aria-pressed={!!item.round}
                        className={item.round ? 'btn--active' : undefined}
                        title={t('setup.round.toggle')}
                        aria-label={t('setup.round.toggleFor', { title: item.title || index + 1 })}
                        onClick={() =>
                          patch(item.id, {
                            round: item.round ? undefined : { perPersonSec: 120, auto: false },
                          })
                        }
                      />
                    )}
                    <Button
                      size="sm"
                      variant="ghost"
                      icon="up"
                      disabled={index === 0}
                      onClick={() => move(index, index - 1)}
                      aria-label={t('setup.moveUp', { title: item.title || index + 1 })}
                      shortcut="Alt+ArrowUp"
                    />
                    <Button
                      size="sm"
                      variant="ghost"
                      icon="down"
                      disabled={index === items.length - 1}
                      onClick={() => move(index, index + 1)}
                      aria-label={t('setup.moveDown', { title: item.title || index + 1 })}
                      shortcut="Alt+ArrowDown"
                    />
                    <Button
                      size="sm"
                      variant="ghost"
                      icon="list"
                      aria-expanded={notesOpen}
                      onClick={() =>
                        setOpenNotes(
                          (s) =>
                            new Set(s.has(item.id) ? [...s].filter((x) => x !== item.id) : [...s, item.id]),
                        )
                      }
                      aria-label={t('setup.notes', { title: item.title || index + 1 })}
                    />
                    <Button
                      size="sm"
                      variant="ghost"
                      icon="trash"
                      disabled={items.length === 1}
                      onClick={() => onChange(items.filter((i) => i.id !== item.id))}
                      aria-label={t('setup.remove', { title: item.title || index + 1 })}
                    />
                  </div>
                </div>
                {round && (
                  <RoundFields
                    item={{ ...item, round }}
                    index={index}
                    people={people ?? 0}
                    onChange={(r) => patch(item.id, { round: r })}
                  />
                )}
                {titleError && (
                  <span className="field__error" id={`title-${item.id}-error`} role="alert">
                    {titleError}
                  </span>
                )}
                {notesOpen && (
                  <div className="field">
                    <label className="visually-hidden" htmlFor={`notes-${item.id}`}>
                      {t('setup.notes', { title: item.title || index + 1 })}
                    </label>
                    <textarea
                      id={`notes-${item.id}`}
                      className="textarea textarea--small"
                      value={item.notes}
                      placeholder={t('setup.notesPlaceholder')}
                      onChange={(e) => patch(item.id, { notes: e.target.value })}
                    />
                  </div>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      <Button size="sm" icon="plus" onClick={() => onChange([...items, newItem()])}>
        {t('setup.addItem')}
      </Button>
    </div>
  );
}
