import type { ApiResponse } from '../../../../shared/contracts/api.js';
import { publicPriorApi } from '../../../api/prior.js';
import { formatBytes } from '../../../format.js';
import { t } from '../../../i18n/index.js';

type Item = ApiResponse<'GET /api/v1/public/pre-disclosures/:id'>;

/** Labelled facts (phones, addresses, time limits). */
function Fields({ fields }: { fields: Item['body']['fields'] }) {
  return (
    <dl className="portal-dl">
      {fields.map((f) => (
        <div key={`${f.label}:${f.value}`}>
          <dt>{f.label}</dt>
          <dd className="portal-pre">{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A table that reads as cards on a phone: every cell carries its column's name. */
function Table({ table, caption }: { table: NonNullable<Item['body']['table']>; caption: string }) {
  return (
    <div className="prior-table__wrap">
      <table className="prior-table">
        <caption className="prior-table__caption">
          {t('portal.prior.tableCaption', { title: caption, count: table.rows.length })}
        </caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i}>
              {table.columns.map((c, j) => (
                <td key={c} data-label={c}>
                  {row[j] ?? ''}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A procedure drawn as a diagram: numbered boxes joined by arrows, top to bottom, readable on a phone. */
function Flow({ flow }: { flow: Item['body']['flow'] }) {
  return (
    <figure className="prior-flow" aria-labelledby="prior-flow-title">
      <figcaption id="prior-flow-title" className="portal-section-title">
        {t('portal.prior.flowTitle')}
      </figcaption>
      <ol className="prior-flow__steps">
        {flow.map((s, i) => (
          <li key={`${i}:${s.title}`} className="prior-flow__step">
            <span className="prior-flow__number" aria-hidden="true">
              {i + 1}
            </span>
            <div className="prior-flow__box">
              <p className="prior-flow__title">
                <span className="portal-sr-only">{t('portal.prior.stepNumber', { n: i + 1 })}</span>
                {s.title}
              </p>
              {s.detail && <p className="prior-flow__detail">{s.detail}</p>}
              {s.period && (
                <p className="prior-flow__period">{t('portal.prior.period', { period: s.period })}</p>
              )}
            </div>
          </li>
        ))}
      </ol>
    </figure>
  );
}

function Attachments({ item }: { item: Item }) {
  return (
    <section aria-labelledby="prior-attachments" className="portal-decision__section">
      <h3 id="prior-attachments" className="portal-section-title">
        {t('portal.prior.attachments')}
      </h3>
      <ul className="portal-links">
        {item.body.attachments.map((a) => (
          <li key={a.sha256}>
            <a href={publicPriorApi.attachmentUrl(item.id, a.sha256)} className="portal-link" download>
              {a.fileName}
            </a>{' '}
            <span className="portal-muted">（{formatBytes(a.size)}）</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The content of a published 事前公开 item, in the order a reader needs it. */
export function PriorBody({ item }: { item: Item }) {
  const { body } = item;
  return (
    <>
      {body.intro && <div className="portal-fulltext prior-intro">{body.intro}</div>}
      {body.fields.length > 0 && <Fields fields={body.fields} />}
      {body.flow.length > 0 && <Flow flow={body.flow} />}
      {body.table && body.table.rows.length > 0 && <Table table={body.table} caption={item.title} />}
      {body.attachments.length > 0 && <Attachments item={item} />}
    </>
  );
}
