import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { usersApi } from '../api/admin.js';
import { t } from '../i18n/index.js';

interface Props {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  disabled?: boolean;
}

/** Pick a staff account by name or username (server-side search over /api/v1/users). */
export function UserSelect({ value, onChange, ...rest }: Props) {
  const [search, setSearch] = useState('');
  const [debounced, setDebounced] = useState('');

  useEffect(() => {
    const timer = setTimeout(() => setDebounced(search.trim()), 300);
    return () => clearTimeout(timer);
  }, [search]);

  const users = useQuery({
    queryKey: ['users', 'picker', debounced],
    queryFn: ({ signal }) => usersApi.list({ q: debounced || undefined, page: 1, pageSize: 50 }, signal),
  });

  const options = (users.data?.items ?? []).map((u) => ({
    value: u.id,
    label: t('common.userOption', { name: u.name, username: u.username, department: u.departmentName }),
  }));

  return (
    <Select<string>
      {...rest}
      value={value}
      onChange={(v) => onChange?.(v)}
      options={options}
      loading={users.isFetching}
      placeholder={t('admin.officers.accountPlaceholder')}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      notFoundContent={users.isFetching ? t('common.loading') : undefined}
    />
  );
}
