import { useEffect, useMemo, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Flex,
  Form,
  Input,
  Row,
  Select,
  Space,
  Tag,
  Typography,
  type FormInstance,
} from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { GeneratedSection } from '../../../../shared/publicity-vocabulary.js';
import { ApiError, errorMessage } from '../../../api/client.js';
import {
  preDisclosuresApi,
  type PreDisclosure,
  type PreDisclosureTable,
} from '../../../api/preDisclosure.js';
import { useSession } from '../../../auth/session.js';
import { useDepartments } from '../../../components/useDepartments.js';
import { t } from '../../../i18n/index.js';
import { usableDepartments } from './departments.js';
import { PowersImport } from './PowersImport.js';
import { BodyTable } from './PreDisclosureBodyView.js';
import { MAX_COLUMNS, PreDisclosureTableEditor } from './PreDisclosureTableEditor.js';
import { preDisclosureChanged } from './preDisclosureQueries.js';

type FieldRow = { label: string; value: string };
type FlowRow = { title: string; detail: string; period: string };
export type EditorValues = {
  title: string;
  departmentId: string;
  body: { intro: string; fields: FieldRow[]; table: PreDisclosureTable | null; flow: FlowRow[] };
};

/** The contract's limits (src/shared/contracts/pre-disclosure.ts). */
const MAX_FIELDS = 100;
const MAX_STEPS = 40;

function valuesOf(item: PreDisclosure): EditorValues {
  return {
    title: item.title,
    departmentId: item.departmentId,
    body: {
      intro: item.body.intro,
      fields: item.body.fields.map((f) => ({ label: f.label, value: f.value })),
      table: item.body.table,
      flow: item.body.flow.map((s) => ({ title: s.title, detail: s.detail, period: s.period ?? '' })),
    },
  };
}

const same = (a: EditorValues, b: EditorValues) => JSON.stringify(a) === JSON.stringify(b);

/** The values as the form holds them now (Form.List rows included). */
const current = (form: FormInstance<EditorValues>) => form.getFieldsValue(true) as EditorValues;

type Path = (string | number)[];
const parsePath = (path: string): Path =>
  path
    .split(/[.[\]/]+/)
    .filter((p) => p.length > 0)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));

/**
 * Puts each field message of a refused save next to its field (title, unit, intro, a fact, a step,
 * the table); returns the messages that have no field on the form, for the summary.
 */
function placeErrors(form: FormInstance<EditorValues>, error: unknown): string[] {
  if (!(error instanceof ApiError)) return [];
  const leftOver: string[] = [];
  const byName = new Map<string, { name: Path; errors: string[] }>();
  const put = (name: Path, text: string) => {
    const key = name.join('.');
    const entry = byName.get(key) ?? { name, errors: [] };
    entry.errors.push(text);
    byName.set(key, entry);
  };
  for (const fe of error.fieldErrors) {
    const p = parsePath(fe.path);
    if (p[0] === 'body') p.shift(); // where the value came from (the request body)
    const [top, part, index, leaf] = p;
    if (top === 'title' || top === 'departmentId') put([top], fe.message);
    else if (top === 'body' && part === 'intro') put(['body', 'intro'], fe.message);
    else if (top === 'body' && (part === 'fields' || part === 'flow') && typeof index === 'number' && leaf)
      put(['body', part, index, leaf], fe.message);
    else if (top === 'body' && part === 'table') put(['body', 'table'], fe.message);
    else leftOver.push(fe.message);
  }
  // the names are those of the form's items, built above from the contract's paths
  form.setFields([...byName.values()] as Parameters<typeof form.setFields>[0]);
  return leftOver;
}

const required = (label: string) => ({
  required: true,
  whitespace: true,
  message: t('common.required', { field: label }),
});

/** Column names must be filled in (the server refuses empty ones). */
const tableRule = {
  validator: async (_: unknown, table: PreDisclosureTable | null) => {
    if (table && table.columns.some((c) => c.trim() === ''))
      throw new Error(t('common.required', { field: t('preDisclosure.editor.columns') }));
  },
};

/**
 * 编辑公开内容: title and unit, 简介, 要素, 表格 (read-only when the system generates it; the 权责清单 with
 * import and template), 流程; saved with PUT. `onDirty` tells the page whether something is unsaved.
 */
export function PreDisclosureEditor({
  item,
  onDirty,
}: {
  item: PreDisclosure;
  onDirty: (dirty: boolean) => void;
}) {
  const [form] = Form.useForm<EditorValues>();
  const user = useSession();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const departments = useDepartments();
  const baseline = useMemo(() => valuesOf(item), [item]);
  const [dirty, setDirty] = useState(false);
  const [failure, setFailure] = useState<{ text: string; more: string[] } | null>(null);

  const units = useMemo(() => {
    const list = usableDepartments(user, departments.data ?? []);
    return list.some((d) => d.id === item.departmentId)
      ? list.map((d) => ({ value: d.id, label: d.name }))
      : [
          { value: item.departmentId, label: item.departmentName },
          ...list.map((d) => ({ value: d.id, label: d.name })),
        ];
  }, [user, departments.data, item.departmentId, item.departmentName]);

  const recompute = () => {
    const next = !same(current(form), baseline);
    setDirty(next);
    onDirty(next);
  };
  // the saved item changed (a save, an import, an upload): compare again
  useEffect(() => recompute(), [baseline]);
  // nothing is unsaved once the editor is gone (the item went to review)
  useEffect(() => () => onDirty(false), [onDirty]);

  const save = useMutation({
    mutationFn: (v: EditorValues) => {
      const period = (s: FlowRow) => s.period.trim();
      return preDisclosuresApi.edit(item.id, {
        title: v.title.trim(),
        departmentId: v.departmentId,
        body: {
          intro: v.body.intro.trim(),
          fields: v.body.fields.map((f) => ({ label: f.label.trim(), value: f.value.trim() })),
          // a generated table is the system's: the server keeps it whatever is sent
          table: item.generated ? null : v.body.table,
          flow: v.body.flow.map((s) => ({
            title: s.title.trim(),
            detail: s.detail.trim(),
            ...(period(s) ? { period: period(s) } : {}),
          })),
        },
      });
    },
    onSuccess: async (next) => {
      form.setFieldsValue(valuesOf(next));
      await preDisclosureChanged(queryClient, next);
      void message.success(
        next.publishedVersion !== null
          ? t('preDisclosure.editor.savedPublished')
          : t('preDisclosure.editor.saved'),
      );
    },
    onError: (error) => {
      const more = placeErrors(form, error);
      setFailure({ text: errorMessage(error), more });
    },
  });

  const imported = async (next: PreDisclosure) => {
    // the import replaced the table on the server: the form takes it, other unsaved changes stay
    form.setFieldValue(['body', 'table'], next.body.table);
    await preDisclosureChanged(queryClient, next);
  };

  const discard = () => {
    form.resetFields();
    form.setFieldsValue(baseline);
    setFailure(null);
    recompute();
  };

  const saveButtons = (
    <Space wrap>
      {dirty && <Tag color="orange">{t('preDisclosure.editor.dirty')}</Tag>}
      {dirty && <Button onClick={discard}>{t('preDisclosure.editor.discard')}</Button>}
      <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
        {t('preDisclosure.editor.save')}
      </Button>
    </Space>
  );

  return (
    <Card title={t('preDisclosure.editor.title')} extra={saveButtons} className="pre-disclosure-editor">
      {failure && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={t('preDisclosure.editor.saveFailed', { message: failure.text })}
          description={
            failure.more.length > 0 && (
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                {failure.more.map((m, i) => (
                  <li key={i}>{m}</li>
                ))}
              </ul>
            )
          }
        />
      )}
      <Form<EditorValues>
        name="preDisclosureEditor"
        form={form}
        layout="vertical"
        initialValues={baseline}
        onValuesChange={recompute}
        onFinish={() => {
          setFailure(null);
          save.mutate(current(form));
        }}
        onFinishFailed={() => setFailure(null)}
      >
        <Row gutter={16}>
          <Col xs={24} md={14}>
            <Form.Item
              name="title"
              label={t('preDisclosure.editor.itemTitle')}
              rules={[required(t('preDisclosure.editor.itemTitle'))]}
            >
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item
              name="departmentId"
              label={t('preDisclosure.editor.department')}
              rules={[
                {
                  required: true,
                  message: t('common.requiredSelect', { field: t('preDisclosure.editor.department') }),
                },
              ]}
            >
              <Select options={units} loading={departments.isPending} disabled={item.generated} />
            </Form.Item>
          </Col>
        </Row>

        <Form.Item name={['body', 'intro']} label={t('preDisclosure.body.intro')}>
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 12 }}
            maxLength={20_000}
            placeholder={t('preDisclosure.editor.introPlaceholder')}
          />
        </Form.Item>

        <PartTitle title={t('preDisclosure.body.fields')} hint={t('preDisclosure.editor.fieldsHint')} />
        <Form.List name={['body', 'fields']}>
          {(rows, { add, remove }) => (
            <div className="pre-disclosure-list">
              {rows.map((row, i) => (
                <Flex key={row.key} gap={8} align="flex-start" className="pre-disclosure-list__row">
                  <Form.Item
                    name={[row.name, 'label']}
                    rules={[required(t('preDisclosure.editor.fieldLabel'))]}
                    style={{ flex: '0 0 30%', marginBottom: 8 }}
                  >
                    <Input
                      maxLength={100}
                      placeholder={t('preDisclosure.editor.fieldLabel')}
                      aria-label={t('preDisclosure.editor.fieldLabelN', { n: i + 1 })}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[row.name, 'value']}
                    rules={[required(t('preDisclosure.editor.fieldValue'))]}
                    style={{ flex: 1, marginBottom: 8 }}
                  >
                    <Input.TextArea
                      autoSize={{ minRows: 1, maxRows: 6 }}
                      maxLength={2000}
                      placeholder={t('preDisclosure.editor.fieldValue')}
                      aria-label={t('preDisclosure.editor.fieldValueN', { n: i + 1 })}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('preDisclosure.editor.removeField', { n: i + 1 })}
                    onClick={() => remove(row.name)}
                  />
                </Flex>
              ))}
              <Button
                icon={<PlusOutlined />}
                disabled={rows.length >= MAX_FIELDS}
                onClick={() => add({ label: '', value: '' })}
              >
                {t('preDisclosure.editor.addField')}
              </Button>
            </div>
          )}
        </Form.List>

        <PartTitle title={t('preDisclosure.body.table')} />
        {item.generated ? (
          <Space orientation="vertical" size={8} style={{ width: '100%', marginBottom: 24 }}>
            <Alert
              type="info"
              showIcon
              title={t('preDisclosure.editor.generatedTable', {
                source: t(`preDisclosure.sources.${item.section as GeneratedSection}`),
              })}
            />
            {item.body.table ? (
              <BodyTable table={item.body.table} />
            ) : (
              <Typography.Text type="secondary">{t('preDisclosure.body.tableEmpty')}</Typography.Text>
            )}
          </Space>
        ) : (
          <>
            {item.section === 'powers' && (
              <div style={{ marginBottom: 12 }}>
                <PowersImport item={item} onImported={imported} />
              </div>
            )}
            <Form.Item
              name={['body', 'table']}
              rules={[tableRule]}
              extra={
                item.section === 'powers'
                  ? undefined
                  : t('preDisclosure.editor.maxColumns', { max: MAX_COLUMNS })
              }
            >
              <PreDisclosureTableEditor powers={item.section === 'powers'} />
            </Form.Item>
          </>
        )}

        <PartTitle title={t('preDisclosure.body.flow')} hint={t('preDisclosure.editor.flowHint')} />
        <Form.List name={['body', 'flow']}>
          {(steps, { add, remove, move }) => (
            <div className="pre-disclosure-list">
              {steps.map((step, i) => (
                <div key={step.key} className="pre-disclosure-step">
                  <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
                    <Typography.Text strong>{t('preDisclosure.editor.stepN', { n: i + 1 })}</Typography.Text>
                    <Space size={0}>
                      <Button
                        type="text"
                        icon={<ArrowUpOutlined />}
                        disabled={i === 0}
                        aria-label={t('preDisclosure.editor.moveUp', { n: i + 1 })}
                        onClick={() => move(i, i - 1)}
                      />
                      <Button
                        type="text"
                        icon={<ArrowDownOutlined />}
                        disabled={i === steps.length - 1}
                        aria-label={t('preDisclosure.editor.moveDown', { n: i + 1 })}
                        onClick={() => move(i, i + 1)}
                      />
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('preDisclosure.editor.removeStep', { n: i + 1 })}
                        onClick={() => remove(step.name)}
                      />
                    </Space>
                  </Flex>
                  <Row gutter={12}>
                    <Col xs={24} md={16}>
                      <Form.Item
                        name={[step.name, 'title']}
                        label={t('preDisclosure.editor.stepTitle')}
                        rules={[required(t('preDisclosure.editor.stepTitle'))]}
                      >
                        <Input maxLength={100} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={8}>
                      <Form.Item name={[step.name, 'period']} label={t('preDisclosure.editor.stepPeriod')}>
                        <Input
                          maxLength={100}
                          placeholder={t('preDisclosure.editor.stepPeriodPlaceholder')}
                        />
                      </Form.Item>
                    </Col>
                  </Row>
                  <Form.Item
                    name={[step.name, 'detail']}
                    label={t('preDisclosure.editor.stepDetail')}
                    style={{ marginBottom: 0 }}
                  >
                    <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} maxLength={1000} />
                  </Form.Item>
                </div>
              ))}
              <Button
                icon={<PlusOutlined />}
                disabled={steps.length >= MAX_STEPS}
                onClick={() => add({ title: '', detail: '', period: '' })}
              >
                {t('preDisclosure.editor.addStep')}
              </Button>
            </div>
          )}
        </Form.List>
      </Form>
      <Flex justify="flex-end" style={{ marginTop: 16 }}>
        {saveButtons}
      </Flex>
    </Card>
  );
}

function PartTitle({ title, hint }: { title: string; hint?: string }) {
  return (
    <div style={{ margin: '8px 0 8px' }}>
      <Typography.Title level={3} style={{ fontSize: 15, margin: 0 }}>
        {title}
      </Typography.Title>
      {hint && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {hint}
        </Typography.Text>
      )}
    </div>
  );
}
