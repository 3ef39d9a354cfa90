import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../../shared/money/money';
import { resolveAddress } from '../../../../shared/phrases/address.forms';
import type { Client } from '../../../../shared/settings/client.schema';
import { LANGUAGE_NAMES } from '../../i18n/language.names';
import { sendOrToast, toast } from '../../store/actions';
import { useClients } from '../../store/selectors';
import { Button } from '../../ui/Button';
import { useAddressLabel } from './AddressField';
import { ClientFormDialog } from './ClientFormDialog';

/** Clients: who you meet, what your time costs them, and how lines should speak to them. */
export function ClientsPage({ focus }: { focus: string | null }) {
  const { t, i18n } = useTranslation();
  const addressLabel = useAddressLabel();
  const all = useClients() ?? [];
  const [editing, setEditing] = useState<Client | null | 'new'>(null);
  const [showArchived, setShowArchived] = useState(false);
  const clients = all.filter((c) => showArchived || !c.archived);
  const remove = async (c: Client) => {
    const r = await sendOrToast({ type: 'clients.remove', id: c.id });
    if (r)
      toast(r.archived ? t('clients.archived', { name: c.name }) : t('clients.removed', { name: c.name }));
  };
  return (
    <div>
      <div className="page-head">
        <div>
          <h1>{t('clients.title')}</h1>
          <p>{t('clients.intro')}</p>
        </div>
        <Button variant="primary" icon="plus" onClick={() => setEditing('new')}>
          {t('clients.add')}
        </Button>
      </div>
      {clients.length === 0 ? (
        <div className="card empty">
          <h2>{t('clients.emptyTitle')}</h2>
          <p>{t('clients.emptyBody')}</p>
          <Button variant="primary" icon="plus" onClick={() => setEditing('new')}>
            {t('clients.add')}
          </Button>
        </div>
      ) : (
        <ul className="client-list">
          {clients.map((c) => (
            <li
              key={c.id}
              className={`card client${c.id === focus ? ' is-focus' : ''}${c.archived ? ' is-archived' : ''}`}
            >
              <div className="client__main">
                <h2 className="client__name">{c.name}</h2>
                <p className="muted">
                  {c.hourlyRateMinor !== null
                    ? t('clients.perHour', {
                        rate: formatMoney(
                          { amountMinor: c.hourlyRateMinor, currency: c.currency },
                          i18n.language,
                        ),
                      })
                    : t('clients.noRate')}
                  {' · '}
                  {LANGUAGE_NAMES[c.language]}
                  {c.language !== 'en' && ` · ${addressLabel(resolveAddress(c.language, 'one', c.address))}`}
                  {c.contact && ` · ${c.contact}`}
                  {c.archived && ` · ${t('clients.archivedBadge')}`}
                </p>
                {c.notes && <p className="client__notes">{c.notes}</p>}
              </div>
              <div className="client__tools">
                <Button size="sm" onClick={() => setEditing(c)}>
                  {t('common.edit')}
                </Button>
                {!c.archived && (
                  <Button size="sm" variant="danger" onClick={() => void remove(c)}>
                    {t('common.remove')}
                  </Button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      {all.some((c) => c.archived) && (
        <Button size="sm" variant="ghost" onClick={() => setShowArchived(!showArchived)}>
          {showArchived ? t('clients.hideArchived') : t('clients.showArchived')}
        </Button>
      )}
      <ClientFormDialog
        open={editing !== null}
        client={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
      />
    </div>
  );
}
