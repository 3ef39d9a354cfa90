import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUILTIN_TEMPLATES } from '../../../../shared/agenda/builtin.templates';
import { useTemplates } from '../../store/selectors';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { SelectField } from '../../ui/Field';
import { builtinShape, ownShape, type TemplateShape } from './setup.draft';

/** Start from a template, built-in or the user's own; asks first when it would replace a typed agenda. */
export function TemplatePicker({
  hasTypedAgenda,
  onPick,
}: {
  hasTypedAgenda: boolean;
  onPick: (shape: TemplateShape) => void;
}) {
  const { t } = useTranslation();
  const templates = useTemplates() ?? [];
  const [pending, setPending] = useState<string | null>(null);
  const shapeOf = (id: string): TemplateShape | null => {
    const builtin = BUILTIN_TEMPLATES.find((b) => b.id === id);
    if (builtin) return builtinShape(builtin, (key) => t(key as never));
    const own = templates.find((x) => x.id === id);
    return own ? ownShape(own) : null;
  };
  const apply = (id: string) => {
    const shape = shapeOf(id);
    if (shape) onPick(shape);
    setPending(null);
  };
  return (
    <>
      <SelectField
        className="template-select"
        label={t('templates.use')}
        value=""
        onChange={(e) => {
          if (!e.target.value) return;
          if (hasTypedAgenda) setPending(e.target.value);
          else apply(e.target.value);
        }}
      >
        <option value="">{t('templates.choose')}</option>
        <optgroup label={t('templates.builtin')}>
          {BUILTIN_TEMPLATES.map((b) => (
            <option key={b.id} value={b.id}>
              {t(b.nameKey as never)}
            </option>
          ))}
        </optgroup>
        {templates.length > 0 && (
          <optgroup label={t('templates.yours')}>
            {templates.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </optgroup>
        )}
      </SelectField>
      <Dialog
        open={pending !== null}
        onClose={() => setPending(null)}
        title={t('templates.replaceTitle')}
        actions={
          <>
            <Button onClick={() => setPending(null)}>{t('common.cancel')}</Button>
            <Button variant="primary" onClick={() => pending && apply(pending)}>
              {t('templates.replace')}
            </Button>
          </>
        }
      >
        <p>{t('templates.replaceBody')}</p>
      </Dialog>
    </>
  );
}
