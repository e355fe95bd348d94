import { useQuery } from '@tanstack/react-query';
import { Statistic } from 'antd';
import { Link } from 'react-router';
import { preDisclosuresApi, type PreDisclosureQuery } from '../../../api/preDisclosure.js';
import { QueryError } from '../../../components/QueryError.js';
import { t } from '../../../i18n/index.js';
import { PRE_DISCLOSURES_KEY } from './preDisclosureQueries.js';

const TEXT_RED = '#cf1322';
const TEXT_ORANGE = '#d46b08';

type Due = NonNullable<PreDisclosureQuery['due']>;

const FIGURES: readonly {
  due: Due;
  label: 'preDisclosureOverdue' | 'preDisclosureDueSoon';
  color: string;
}[] = [
  { due: 'overdue', label: 'preDisclosureOverdue', color: TEXT_RED },
  { due: 'due_soon', label: 'preDisclosureDueSoon', color: TEXT_ORANGE },
];

function Figure({ due, label, color }: (typeof FIGURES)[number]) {
  const query = { due, page: 1, pageSize: 1 } satisfies PreDisclosureQuery;
  const total = useQuery({
    queryKey: [...PRE_DISCLOSURES_KEY, 'dashboard', query],
    queryFn: ({ signal }) => preDisclosuresApi.list(query, signal),
    select: (page) => page.total,
  });
  if (total.isError) return <QueryError error={total.error} onRetry={() => void total.refetch()} />;
  if (!total.isSuccess) return null;
  const title = t(`admin.dashboard.cards.${label}`);
  return (
    <Link to={`/admin/pre-disclosures?due=${due}`} aria-label={title}>
      <Statistic
        title={title}
        value={total.data}
        suffix={t('admin.dashboard.cards.unit')}
        styles={{ content: { color: total.data > 0 ? color : undefined } }}
      />
    </Link>
  );
}

/** 事前公开 overdue and due within 2 working days, beside the 事后公开 figures on the dashboard. */
export function PreDisclosureDueFigures() {
  return (
    <>
      {FIGURES.map((f) => (
        <Figure key={f.due} {...f} />
      ))}
    </>
  );
}
