import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { shortcutsSchema, type ShortcutName } from '../../../../shared/settings/settings.schema';
import { platform } from '../../platform';
import { useSetting } from '../../store/selectors';
import { Button } from '../../ui/Button';
import { saveSetting } from './settings.update';

const NAMES = Object.keys(shortcutsSchema.shape) as ShortcutName[];

/** Turns a key press into an Electron accelerator ("CommandOrControl+Alt+Shift+N"); null until a real key comes. */
export function acceleratorFrom(
  e: Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'key' | 'code'>,
): string | null {
  const mods = [
    (e.ctrlKey || e.metaKey) && 'CommandOrControl',
    e.altKey && 'Alt',
    e.shiftKey && 'Shift',
  ].filter(Boolean) as string[];
  let key: string | null = null;
  if (/^Key[A-Z]$/.test(e.code)) key = e.code.slice(3);
  else if (/^Digit\d$/.test(e.code)) key = e.code.slice(5);
  else if (/^F([1-9]|1[0-9]|2[0-4])$/.test(e.key)) key = e.key;
  else if (['Space', 'Home', 'End', 'PageUp', 'PageDown'].includes(e.code)) key = e.code;
  // A global shortcut without a modifier would swallow that key in every app.
  if (!key || mods.length === 0) return null;
  return [...mods, key].join('+');
}

function ShortcutRow({ name, value }: { name: ShortcutName; value: string }) {
  const { t } = useTranslation();
  const shortcuts = useSetting('shortcuts');
  const [recording, setRecording] = useState(false);
  const save = (accelerator: string) =>
    void saveSetting('shortcuts', { ...shortcuts, [name]: accelerator }, t('settings.saved'));
  return (
    <div className="shortcut">
      <span className="shortcut__label" id={`sc-${name}`}>
        {t(`shortcuts.${name}`)}
      </span>
      <Button
        className={`shortcut__key${recording ? ' is-recording' : ''}`}
        aria-labelledby={`sc-${name} sc-${name}-value`}
        onClick={() => setRecording(true)}
        onBlur={() => setRecording(false)}
        onKeyDown={(e) => {
          if (!recording) return;
          e.preventDefault();
          if (e.key === 'Escape') return setRecording(false);
          const acc = acceleratorFrom(e);
          if (acc) {
            setRecording(false);
            save(acc);
          }
        }}
      >
        <span id={`sc-${name}-value`}>
          {recording
            ? t('shortcuts.pressKeys')
            : value
              ? value.replace('CommandOrControl', platform().os === 'darwin' ? '⌘' : 'Ctrl')
              : t('shortcuts.none')}
        </span>
      </Button>
      {value && (
        <Button size="sm" variant="ghost" onClick={() => save('')}>
          {t('shortcuts.clear')}
        </Button>
      )}
    </div>
  );
}

export function ShortcutsSection() {
  const { t } = useTranslation();
  const shortcuts = useSetting('shortcuts');
  return (
    <section className="card section" aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading">{t('shortcuts.title')}</h2>
      <p className="muted">{t(platform().kind === 'app' ? 'shortcuts.intro' : 'shortcuts.introBrowser')}</p>
      <div className="stack">
        {NAMES.map((n) => (
          <ShortcutRow key={n} name={n} value={shortcuts[n]} />
        ))}
      </div>
    </section>
  );
}
