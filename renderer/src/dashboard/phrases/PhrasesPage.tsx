import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { situations, tiers, type Situation, type Tier } from '../../../../shared/meeting/meeting.vocabulary';
import { fillLine, type LineContext } from '../../../../shared/phrases/phrase.format';
import { BUILTIN_LINES, buildLibrary } from '../../../../shared/phrases/phrase.library';
import { NO_OVERRIDES, placeholderProblem } from '../../../../shared/phrases/phrase.overrides';
import { resolveAddress } from '../../../../shared/phrases/address.forms';
import {
  SITUATION_LISTENERS,
  SITUATION_PLACEHOLDERS,
  VIETNAMESE_PLACEHOLDERS,
} from '../../../../shared/phrases/phrase.placeholders';
import {
  lineAudiences,
  type LineAudience,
  type Listeners,
  type Locale,
  type PhraseLine,
} from '../../../../shared/phrases/phrase.types';
import { costOfMs } from '../../../../shared/money/money';
import { errorMessage } from '../../i18n/error.text';
import { LANGUAGE_NAMES } from '../../i18n/language.names';
import { LanguageSelect } from '../../ui/LanguageSelect';
import { newId } from '../../lib/ids';
import { sendOrToast, toast } from '../../store/actions';
import { useClients, usePhraseOverrides, useSetting } from '../../store/selectors';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { SelectField, TextAreaField } from '../../ui/Field';
import { Segmented } from '../../ui/Segmented';
import { AddressField } from '../clients/AddressField';

const SAMPLE_MINUTES = 6;

function LineRow({
  line,
  preview,
  onSaved,
}: {
  line: PhraseLine;
  preview: string | null;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(line.text);
  const problem = placeholderProblem(text, line.locale, line.situation);
  const save = async () => {
    if (problem) return;
    const r = await sendOrToast({ type: 'phrases.edit', id: line.id, text });
    if (r) {
      setEditing(false);
      onSaved();
    }
  };
  return (
    <li className="phrase" data-line={line.id}>
      {editing ? (
        <div className="stack">
          <TextAreaField
            label={t('phrases.editLabel')}
            value={text}
            rows={3}
            error={problem && errorMessage(problem, t)}
            onChange={(e) => setText(e.target.value)}
            autoFocus
          />
          <div className="row row--tight">
            <Button
              size="sm"
              variant="primary"
              disabled={!!problem || !text.trim()}
              onClick={() => void save()}
            >
              {t('common.save')}
            </Button>
            <Button
              size="sm"
              onClick={() => {
                setText(line.text);
                setEditing(false);
              }}
            >
              {t('common.cancel')}
            </Button>
          </div>
        </div>
      ) : (
        <>
          <p className="phrase__text" lang={line.locale}>
            {line.text}
          </p>
          {preview && (
            <p className="phrase__preview muted" lang={line.locale}>
              {preview}
            </p>
          )}
        </>
      )}
      <div className="phrase__meta">
        <span className={`badge${line.source === 'builtin' ? '' : ' badge--accent'}`}>
          {t(`phrases.source.${line.source}`)}
        </span>
        <span className="badge">{t(`phrases.audienceOptions.${line.audience}`)}</span>
        {!editing && (
          <>
            <Button size="sm" variant="ghost" onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
            {line.source === 'edited' && (
              <Button
                size="sm"
                variant="ghost"
                onClick={() => void sendOrToast({ type: 'phrases.restore', ids: [line.id] })}
              >
                {t('phrases.restoreOne')}
              </Button>
            )}
            <Button
              size="sm"
              variant="ghost"
              onClick={() => void sendOrToast({ type: 'phrases.remove', id: line.id })}
            >
              {line.source === 'user' ? t('common.remove') : t('phrases.hide')}
            </Button>
          </>
        )}
      </div>
    </li>
  );
}

/**
 * Browse, edit and add lines by situation, firmness, language and listener; preview them as a chosen client would
 * hear them (their language, their form of address, their contact's name).
 */
export function PhrasesPage() {
  const { t, i18n } = useTranslation();
  const overrides = usePhraseOverrides() ?? NO_OVERRIDES;
  const clients = useClients() ?? [];
  const uiLanguage = useSetting('uiLanguage');
  const [locale, setLocale] = useState<Locale>(uiLanguage);
  const [situation, setSituation] = useState<Situation>('chattyClient');
  const [tier, setTier] = useState<Tier>(2);
  const [listenersChoice, setListeners] = useState<Listeners>('one');
  const [formChoice, setForm] = useState<string | null>(null);
  const [previewClient, setPreviewClient] = useState<string>('');
  const [newText, setNewText] = useState('');
  const [newAudience, setNewAudience] = useState<LineAudience | null>(null);
  const [confirmRestore, setConfirmRestore] = useState(false);
  const client = clients.find((c) => c.id === previewClient) ?? null;
  const allowed = SITUATION_LISTENERS[situation];
  const listeners = allowed.includes(listenersChoice) ? listenersChoice : allowed[0]!;
  // A chosen client speaks for itself until the form is changed by hand.
  const clientForm =
    client && (listeners === 'one' ? client.address : (client.groupAddress ?? client.address));
  const form = resolveAddress(locale, listeners, formChoice ?? clientForm);
  const inSlot = (l: PhraseLine) =>
    l.locale === locale &&
    l.situation === situation &&
    l.tier === tier &&
    l.register === form.register &&
    (l.audience === listeners || l.audience === 'any');
  const library = useMemo(() => buildLibrary(overrides), [overrides]);
  const lines = library.filter(inSlot);
  const hidden = BUILTIN_LINES.filter((l) => overrides.removed.includes(l.id) && inSlot(l));
  const inLine = i18n.getFixedT(locale);
  const ctx: LineContext = {
    locale,
    minutes: SAMPLE_MINUTES,
    // The sample values in the line's own language, as a real agenda for this client would be written.
    item: inLine('phrases.sampleItem'),
    next: inLine('phrases.sampleNext'),
    client: client?.name ?? inLine('phrases.sampleClient'),
    name: listeners === 'one' ? client?.contact || inLine(`phrases.sampleContact.${form.register}`) : null,
    cost: client?.hourlyRateMinor
      ? { amountMinor: costOfMs(SAMPLE_MINUTES * 60_000, client.hourlyRateMinor), currency: client.currency }
      : { amountMinor: costOfMs(SAMPLE_MINUTES * 60_000, 6000), currency: 'EUR' },
    words: form.words ?? null,
  };
  const audience = newAudience ?? listeners;
  const { always, optional } = SITUATION_PLACEHOLDERS[situation];
  const placeholderList = [...always, ...optional, ...(locale === 'vi' ? VIETNAMESE_PLACEHOLDERS : [])]
    .map((p) => `{${p}}`)
    .join(' ');
  const newProblem = newText.trim() ? placeholderProblem(newText, locale, situation) : null;
  const add = async () => {
    if (!newText.trim() || newProblem) return;
    const r = await sendOrToast({
      type: 'phrases.add',
      line: {
        id: newId('user.'),
        locale,
        situation,
        tier,
        register: form.register,
        audience,
        text: newText.trim(),
      },
    });
    if (r) {
      setNewText('');
      toast(t('phrases.added'));
    }
  };
  const chooseClient = (id: string) => {
    setPreviewClient(id);
    setForm(null);
    const c = clients.find((x) => x.id === id);
    if (c) setLocale(c.language);
  };
  const chooseLocale = (l: Locale) => {
    setLocale(l);
    setForm(null);
    if (client && client.language !== l) setPreviewClient('');
  };
  return (
    <div>
      <div className="page-head">
        <div>
          <h1>{t('phrases.title')}</h1>
          <p>{t('phrases.intro')}</p>
        </div>
        <Button variant="danger" onClick={() => setConfirmRestore(true)}>
          {t('phrases.restoreAll')}
        </Button>
      </div>
      <div className="card section phrase-card">
        <div className="row">
          <LanguageSelect label={t('phrases.language')} value={locale} onChange={chooseLocale} />
          <SelectField
            label={t('phrases.situation')}
            value={situation}
            onChange={(e) => setSituation(e.target.value as Situation)}
          >
            {situations.map((s) => (
              <option key={s} value={s}>
                {t(`situations.${s}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('phrases.previewFor')}
            value={previewClient}
            onChange={(e) => chooseClient(e.target.value)}
          >
            <option value="">{t('phrases.sampleClientOption')}</option>
            {clients.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </SelectField>
        </div>
        <p className="muted phrase-situation">{t(`situationHelp.${situation}`)}</p>
        <div className="row row--tight">
          <Segmented
            label={t('phrases.tier')}
            value={String(tier)}
            onChange={(v) => setTier(Number(v) as Tier)}
            options={tiers.map((x) => ({ value: String(x), label: t(`tiers.t${x}`) }))}
          />
          {allowed.length > 1 && (
            <Segmented
              label={t('phrases.listeners')}
              value={listeners}
              onChange={(v) => {
                setListeners(v);
                setForm(null);
              }}
              options={allowed.map((x) => ({ value: x, label: t(`phrases.listenerOptions.${x}`) }))}
            />
          )}
        </div>
        <AddressField
          locale={locale}
          listeners={listeners}
          value={form.id}
          label={t('phrases.form')}
          onChange={(id) => setForm(id)}
        />
      </div>
      <ul className="phrase-list" aria-label={t('phrases.lines')}>
        {lines.map((l) => (
          <LineRow
            key={`${l.id}:${l.text}`}
            line={l}
            preview={fillLine(l.text, ctx)}
            onSaved={() => toast(t('phrases.saved'))}
          />
        ))}
      </ul>
      {lines.length === 0 && <p className="card empty">{t('phrases.none')}</p>}
      {hidden.length > 0 && (
        <details className="card section">
          <summary>{t('phrases.hidden', { count: hidden.length })}</summary>
          <ul className="phrase-list">
            {hidden.map((l) => (
              <li key={l.id} className="phrase">
                <p className="phrase__text muted">{l.text}</p>
                <Button size="sm" onClick={() => void sendOrToast({ type: 'phrases.restore', ids: [l.id] })}>
                  {t('phrases.restoreOne')}
                </Button>
              </li>
            ))}
          </ul>
        </details>
      )}
      <section className="card section phrase-card" aria-labelledby="add-line">
        <h2 id="add-line">{t('phrases.addTitle')}</h2>
        <TextAreaField
          label={t('phrases.addLabel', {
            language: LANGUAGE_NAMES[locale],
            situation: t(`situations.${situation}`),
            tier: t(`tiers.t${tier}`),
          })}
          hint={t('phrases.placeholdersHint', { list: placeholderList })}
          value={newText}
          rows={2}
          error={newProblem && errorMessage(newProblem, t)}
          onChange={(e) => setNewText(e.target.value)}
        />
        {newText.trim() && !newProblem && (
          <p className="muted" lang={locale}>
            {fillLine(newText, ctx) ?? ''}
          </p>
        )}
        <div className="row row--end">
          <div className="field">
            <span className="field__label">{t('phrases.audience')}</span>
            <Segmented
              label={t('phrases.audience')}
              value={audience}
              onChange={setNewAudience}
              options={lineAudiences.map((a) => ({ value: a, label: t(`phrases.audienceOptions.${a}`) }))}
            />
          </div>
          <Button
            variant="primary"
            icon="plus"
            disabled={!newText.trim() || !!newProblem}
            onClick={() => void add()}
          >
            {t('phrases.add')}
          </Button>
        </div>
      </section>
      <Dialog
        open={confirmRestore}
        onClose={() => setConfirmRestore(false)}
        title={t('phrases.restoreAllTitle')}
        actions={
          <>
            <Button onClick={() => setConfirmRestore(false)}>{t('common.cancel')}</Button>
            <Button
              variant="danger"
              onClick={() => {
                setConfirmRestore(false);
                void sendOrToast({ type: 'phrases.restore' }).then(
                  (r) => r && toast(t('phrases.restored', { count: r.restored })),
                );
              }}
            >
              {t('phrases.restoreAll')}
            </Button>
          </>
        }
      >
        <p>{t('phrases.restoreAllBody')}</p>
      </Dialog>
    </div>
  );
}
