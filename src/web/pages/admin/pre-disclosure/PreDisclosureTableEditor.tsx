import { useState } from 'react';
import { Button, Empty, Flex, Input, Popconfirm, Space, Table, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { POWERS_COLUMNS } from '../../../../shared/publicity-vocabulary.js';
import type { PreDisclosureTable } from '../../../api/preDisclosure.js';
import { t } from '../../../i18n/index.js';

/** The contract's limits of a table (src/shared/contracts/pre-disclosure.ts). */
export const MAX_COLUMNS = 12;
export const MAX_ROWS = 5000;
const PAGE_SIZE = 10;

type Row = { key: number; cells: string[] };

interface Props {
  value?: PreDisclosureTable | null;
  onChange?: (value: PreDisclosureTable | null) => void;
  /** The 权责清单: the six columns are fixed (the template's), rows are typed or imported. */
  powers: boolean;
  id?: string;
}

/**
 * The table of an item as a form control: column names (fixed for the 权责清单), rows of cells,
 * a row or column added or removed; long tables are paged.
 */
export function PreDisclosureTableEditor({ value = null, onChange, powers, id }: Props) {
  const [page, setPage] = useState(1);
  const table: PreDisclosureTable | null =
    value ?? (powers ? { columns: [...POWERS_COLUMNS], rows: [] } : null);
  const emit = (next: PreDisclosureTable | null) =>
    onChange?.(powers && next !== null && next.rows.length === 0 ? null : next);

  if (table === null)
    return (
      <Button
        id={id}
        icon={<PlusOutlined />}
        onClick={() => emit({ columns: [t('preDisclosure.editor.newColumn', { n: 1 })], rows: [['']] })}
      >
        {t('preDisclosure.editor.addTable')}
      </Button>
    );

  const { columns, rows } = table;
  const setCell = (r: number, c: number, text: string) =>
    emit({
      columns,
      rows: rows.map((row, i) => (i === r ? columns.map((_, j) => (j === c ? text : (row[j] ?? ''))) : row)),
    });
  const addRow = () => {
    if (rows.length >= MAX_ROWS) return;
    emit({ columns, rows: [...rows, columns.map(() => '')] });
    setPage(Math.floor(rows.length / PAGE_SIZE) + 1);
  };
  const removeRow = (r: number) => {
    emit({ columns, rows: rows.filter((_, i) => i !== r) });
    if ((page - 1) * PAGE_SIZE >= rows.length - 1) setPage(Math.max(1, page - 1));
  };
  const renameColumn = (c: number, name: string) =>
    emit({ columns: columns.map((n, j) => (j === c ? name : n)), rows });
  const addColumn = () =>
    emit({
      columns: [...columns, t('preDisclosure.editor.newColumn', { n: columns.length + 1 })],
      rows: rows.map((row) => [...row, '']),
    });
  const removeColumn = (c: number) =>
    emit({
      columns: columns.filter((_, j) => j !== c),
      rows: rows.map((row) => row.filter((_, j) => j !== c)),
    });

  const data: Row[] = rows.map((cells, i) => ({ key: i, cells }));
  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }} id={id}>
      {!powers && (
        <div>
          <Typography.Text type="secondary">{t('preDisclosure.editor.columns')}</Typography.Text>
          <Flex wrap gap={8} style={{ marginTop: 4 }}>
            {columns.map((name, c) => (
              <Space.Compact key={c}>
                <Input
                  value={name}
                  maxLength={50}
                  status={name.trim() ? undefined : 'error'}
                  aria-label={t('preDisclosure.editor.columnN', { n: c + 1 })}
                  onChange={(e) => renameColumn(c, e.target.value)}
                  style={{ width: 140 }}
                />
                <Button
                  icon={<DeleteOutlined />}
                  disabled={columns.length <= 1}
                  aria-label={t('preDisclosure.editor.removeColumn', { n: c + 1 })}
                  onClick={() => removeColumn(c)}
                />
              </Space.Compact>
            ))}
            <Button icon={<PlusOutlined />} disabled={columns.length >= MAX_COLUMNS} onClick={addColumn}>
              {t('preDisclosure.editor.addColumn')}
            </Button>
          </Flex>
        </div>
      )}
      <Table<Row>
        size="small"
        bordered
        rowKey="key"
        dataSource={data}
        scroll={{ x: Math.max(640, columns.length * 180 + 120) }}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={
                powers ? t('preDisclosure.editor.powersEmpty') : t('preDisclosure.body.tableEmpty')
              }
            />
          ),
        }}
        pagination={
          data.length > PAGE_SIZE
            ? { current: page, pageSize: PAGE_SIZE, showSizeChanger: false, onChange: setPage }
            : false
        }
        columns={[
          {
            title: t('preDisclosure.body.rowNumber'),
            key: 'n',
            width: 56,
            render: (_: unknown, r: Row) => r.key + 1,
          },
          ...columns.map((name, c) => ({
            title: name || t('preDisclosure.editor.columnN', { n: c + 1 }),
            key: `c${c}`,
            width: 180,
            render: (_: unknown, r: Row) => (
              <Input.TextArea
                value={r.cells[c] ?? ''}
                maxLength={4000}
                autoSize={{ minRows: 1, maxRows: 6 }}
                aria-label={t('preDisclosure.editor.cell', { row: r.key + 1, column: name })}
                onChange={(e) => setCell(r.key, c, e.target.value)}
              />
            ),
          })),
          {
            title: t('common.actions'),
            key: 'actions',
            width: 64,
            fixed: 'right' as const,
            render: (_: unknown, r: Row) => (
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('preDisclosure.editor.removeRow', { n: r.key + 1 })}
                onClick={() => removeRow(r.key)}
              />
            ),
          },
        ]}
      />
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Space wrap>
          <Button icon={<PlusOutlined />} onClick={addRow} disabled={rows.length >= MAX_ROWS}>
            {t('preDisclosure.editor.addRow')}
          </Button>
          {!powers && (
            <Popconfirm
              title={t('preDisclosure.editor.removeTableConfirm')}
              okText={t('common.confirm')}
              cancelText={t('common.cancel')}
              onConfirm={() => emit(null)}
            >
              <Button danger>{t('preDisclosure.editor.removeTable')}</Button>
            </Popconfirm>
          )}
        </Space>
        <Typography.Text type="secondary">
          {t('preDisclosure.editor.rowCount', { count: rows.length })}
        </Typography.Text>
      </Flex>
    </Space>
  );
}
