import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  appRuleSchema,
  BUILTIN_APP_RULES,
  matchTitle,
  type AppRule,
} from '../../../../shared/detect/app.rules';
import { describeIssue } from '../../../../shared/contract/contract.errors';
import { errorMessage } from '../../i18n/error.text';
import { useDetector, useSetting } from '../../store/selectors';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { Toggle } from '../../ui/Toggle';
import { saveSetting } from './settings.update';

const slug = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40) || 'app';

/** An app Tactful does not know yet, or a title it misses: name, title pattern, and a title to try it on. */
function RuleForm({ rules, onSave }: { rules: AppRule[]; onSave: (r: AppRule) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const [exclude, setExclude] = useState('');
  const [sample, setSample] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const input = { id: slug(name), name, title, ...(exclude.trim() ? { exclude } : {}) };
  const candidate = appRuleSchema.safeParse(input);
  const tried = sample.trim() && candidate.success ? matchTitle([candidate.data], sample) !== null : null;
  const add = () => {
    if (!candidate.success) {
      const e: Record<string, string> = {};
      for (const i of candidate.error.issues)
        e[String(i.path[0])] ??= errorMessage(describeIssue(i, input), t);
      return setErrors(e);
    }
    // Same name as a known app: the user's rule replaces it (that is how a built-in title gets fixed).
    const known = BUILTIN_APP_RULES.find((b) => b.name.toLowerCase() === name.trim().toLowerCase());
    const rule = { ...candidate.data, id: known?.id ?? candidate.data.id, chatKeys: known?.chatKeys ?? {} };
    onSave(rule);
    setName('');
    setTitle('');
    setExclude('');
    setSample('');
    setErrors({});
  };
  return (
    <fieldset className="rule-form">
      <legend>{t('detection.addRule')}</legend>
      <div className="row">
        <TextField
          label={t('detection.ruleName')}
          value={name}
          maxLength={60}
          error={errors.name ?? null}
          onChange={(e) => setName(e.target.value)}
        />
        <TextField
          label={t('detection.rulePattern')}
          hint={t('detection.rulePatternHint')}
          value={title}
          maxLength={300}
          error={errors.title ?? null}
          onChange={(e) => setTitle(e.target.value)}
          spellCheck={false}
        />
        <TextField
          label={t('detection.ruleExclude')}
          value={exclude}
          maxLength={300}
          error={errors.exclude ?? null}
          onChange={(e) => setExclude(e.target.value)}
          spellCheck={false}
        />
      </div>
      <div className="row row--end">
        <TextField
          label={t('detection.ruleTry')}
          value={sample}
          onChange={(e) => setSample(e.target.value)}
          hint={
            tried === null
              ? t('detection.ruleTryHint')
              : tried
                ? t('detection.ruleMatches')
                : t('detection.ruleMisses')
          }
        />
        <Button icon="plus" onClick={add} disabled={rules.length >= 50}>
          {t('detection.addRuleButton')}
        </Button>
      </div>
    </fieldset>
  );
}

/** Noticing the meeting app, and putting lines into its chat. */
export function DetectionSection() {
  const { t } = useTranslation();
  const d = useSetting('detection');
  const info = useDetector();
  const save = (patch: Partial<typeof d>) => void saveSetting('detection', { ...d, ...patch });
  const status = info?.available ? info.status : 'none';
  return (
    <section className="card section" aria-labelledby="detection-heading">
      <h2 id="detection-heading">{t('detection.title')}</h2>
      <p className="field__hint">{t('detection.intro')}</p>
      <div className="stack">
        <Toggle
          checked={d.enabled}
          onChange={(enabled) => save({ enabled })}
          label={t('detection.enabled')}
        />
        <p className={`detection__status detection__status--${status}`} data-testid="detector-status">
          {t(`detection.status.${status}`)}
          {info?.calls.length
            ? ` · ${t('detection.callsNow', { apps: info.calls.map((c) => c.appName).join(', ') })}`
            : ''}
        </p>
        {info?.reason && <p className="field__hint">{t(`detection.reasons.${info.reason}`)}</p>}
        {info?.reason === 'macAccessibility' && (
          // An empty update makes the host ask the system again.
          <Button size="sm" onClick={() => save({})}>
            {t('detection.checkAgain')}
          </Button>
        )}
        <Toggle
          checked={d.offerStart}
          onChange={(offerStart) => save({ offerStart })}
          label={t('detection.offerStart')}
        />
        <Toggle
          checked={d.offerEnd}
          onChange={(offerEnd) => save({ offerEnd })}
          label={t('detection.offerEnd')}
        />
        <Toggle
          checked={d.openChat}
          onChange={(openChat) => save({ openChat })}
          label={t('detection.openChat')}
        />
        <p className="field__hint">{t('detection.openChatHint')}</p>
        <Toggle checked={d.send} onChange={(send) => save({ send })} label={t('detection.send')} />
        <p className="field__hint">{t('detection.sendHint')}</p>
      </div>
      <h3>{t('detection.apps')}</h3>
      <p className="field__hint">
        {t('detection.known', { apps: BUILTIN_APP_RULES.map((r) => r.name).join(', ') })}
      </p>
      {d.rules.length > 0 && (
        <ul className="rule-list" aria-label={t('detection.yourRules')}>
          {d.rules.map((r) => (
            <li key={r.id}>
              <span>
                <strong>{r.name}</strong> <code>{r.title}</code>
                {r.exclude && (
                  <>
                    {' '}
                    <span className="muted">{t('detection.butNot')}</span> <code>{r.exclude}</code>
                  </>
                )}
              </span>
              <Button
                size="sm"
                variant="ghost"
                icon="trash"
                aria-label={t('detection.removeRule', { name: r.name })}
                onClick={() => save({ rules: d.rules.filter((x) => x.id !== r.id) })}
              />
            </li>
          ))}
        </ul>
      )}
      <RuleForm
        rules={d.rules}
        onSave={(rule) => save({ rules: [...d.rules.filter((x) => x.id !== rule.id), rule] })}
      />
    </section>
  );
}
