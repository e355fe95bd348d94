import { Button, Col, DatePicker, Flex, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { PENALTY_TYPES } from '../../../../shared/review-vocabulary.js';
import type { TemplateField } from '../../../api/types.js';
import { MoneyInput } from '../../../components/MoneyInput.js';
import { toChinaIso } from '../../../format.js';
import { t } from '../../../i18n/index.js';

type ListShape = 'penalties' | 'qa' | 'lines';

function listShape(key: string): ListShape {
  if (key === 'penalties') return 'penalties';
  if (key === 'qa') return 'qa';
  return 'lines';
}

/** Form values of template fields: dates as dayjs, lists as arrays of items. */
export type FieldFormValues = Record<string, unknown>;

const isBlank = (v: unknown) =>
  v === undefined ||
  v === null ||
  (typeof v === 'string' && v.trim() === '') ||
  (Array.isArray(v) && v.length === 0);

/** Form values → the record's `fields` (dates as strings, blanks left out). */
export function toFieldValues(
  fields: readonly TemplateField[],
  values: FieldFormValues,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const v = values[f.key];
    if (isBlank(v)) continue;
    switch (f.kind) {
      case 'date':
        out[f.key] = dayjs.isDayjs(v) ? v.format('YYYY-MM-DD') : v;
        break;
      case 'datetime':
        out[f.key] = dayjs.isDayjs(v) ? toChinaIso(v.toDate()) : v;
        break;
      case 'text':
      case 'longtext':
        out[f.key] = typeof v === 'string' ? v.trim() : v;
        break;
      case 'list': {
        const items = (Array.isArray(v) ? v : []).filter((item: unknown) => {
          if (typeof item === 'string') return item.trim() !== '';
          if (typeof item === 'object' && item !== null) return Object.values(item).some((x) => !isBlank(x));
          return false;
        });
        const shaped = items.map((item: unknown) => {
          if (typeof item === 'string') return item.trim();
          const rec = item as Record<string, unknown>;
          return Object.fromEntries(Object.entries(rec).filter(([, x]) => !isBlank(x)));
        });
        if (shaped.length > 0) out[f.key] = shaped;
        break;
      }
      case 'boolean':
      case 'money':
      case 'number':
        out[f.key] = v;
        break;
    }
  }
  return out;
}

/** A record's `fields` → form values (for a new version). */
export function fromFieldValues(
  fields: readonly TemplateField[],
  values: Record<string, unknown>,
): FieldFormValues {
  const out: FieldFormValues = {};
  for (const f of fields) {
    const v = values[f.key];
    if (v === undefined || v === null) continue;
    if ((f.kind === 'date' || f.kind === 'datetime') && typeof v === 'string') {
      const d = dayjs(v);
      out[f.key] = d.isValid() ? d : undefined;
    } else if (f.kind === 'list' && Array.isArray(v)) {
      const shape = listShape(f.key);
      out[f.key] =
        shape === 'lines'
          ? v.map((item: unknown) => (typeof item === 'string' ? item : JSON.stringify(item)))
          : v;
    } else {
      out[f.key] = v;
    }
  }
  return out;
}

function ListInput({ field }: { field: TemplateField }) {
  const shape = listShape(field.key);
  return (
    <Form.List name={['fields', field.key]}>
      {(items, { add, remove }) => (
        <Flex vertical gap={8}>
          {items.map((item, index) => (
            <Flex key={item.key} gap={8} align="flex-start">
              {shape === 'qa' && (
                <Flex vertical gap={4} style={{ flex: 1 }}>
                  <Form.Item name={[item.name, 'question']} noStyle>
                    <Input
                      prefix={t('cases.records.question')}
                      aria-label={`${field.label} ${t('cases.records.listItem', { index: index + 1 })} ${t('cases.records.question')}`}
                    />
                  </Form.Item>
                  <Form.Item name={[item.name, 'answer']} noStyle>
                    <Input.TextArea
                      autoSize={{ minRows: 1, maxRows: 6 }}
                      placeholder={t('cases.records.answer')}
                      aria-label={`${field.label} ${t('cases.records.listItem', { index: index + 1 })} ${t('cases.records.answer')}`}
                    />
                  </Form.Item>
                </Flex>
              )}
              {shape === 'penalties' && (
                <Flex gap={8} wrap style={{ flex: 1 }}>
                  <Form.Item name={[item.name, 'type']} style={{ marginBottom: 0, minWidth: 200, flex: 1 }}>
                    <Select
                      placeholder={t('cases.records.penaltyType')}
                      aria-label={t('cases.records.penaltyType')}
                      options={PENALTY_TYPES.map((p) => ({
                        value: p,
                        label: t(`cases.records.penaltyTypes.${p}`),
                      }))}
                    />
                  </Form.Item>
                  <Form.Item name={[item.name, 'amount']} style={{ marginBottom: 0, width: 200 }}>
                    <MoneyInput
                      placeholder={t('cases.records.amount')}
                      aria-label={t('cases.records.amount')}
                    />
                  </Form.Item>
                </Flex>
              )}
              {shape === 'lines' && (
                <Form.Item name={item.name} noStyle>
                  <Input.TextArea
                    autoSize={{ minRows: 1, maxRows: 4 }}
                    style={{ flex: 1 }}
                    aria-label={`${field.label} ${t('cases.records.listItem', { index: index + 1 })}`}
                  />
                </Form.Item>
              )}
              <Button
                type="text"
                icon={<MinusCircleOutlined />}
                onClick={() => remove(item.name)}
                aria-label={t('cases.records.listRemove')}
              />
            </Flex>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add(shape === 'lines' ? '' : {})}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('cases.records.listAdd')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}

/** The input element of a field (a plain element, so that Form.Item can give it its id, value and onChange). */
function fieldInput(field: TemplateField) {
  switch (field.kind) {
    case 'text':
      return field.options ? (
        <Select allowClear options={field.options.map((o) => ({ value: o.value, label: o.label }))} />
      ) : (
        <Input />
      );
    case 'longtext':
      return <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} />;
    case 'date':
      return <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" />;
    case 'datetime':
      return (
        <DatePicker
          style={{ width: '100%' }}
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          placeholder={t('cases.records.pickDateTime')}
        />
      );
    case 'money':
      return <MoneyInput />;
    case 'number':
      return <InputNumber style={{ width: '100%' }} />;
    case 'boolean':
      return (
        <Radio.Group
          optionType="button"
          options={[
            { value: true, label: t('cases.records.yes') },
            { value: false, label: t('cases.records.no') },
          ]}
        />
      );
    case 'list':
      return null;
  }
}

const WIDE: readonly string[] = ['longtext', 'list'];

/** Help written for API clients (`每项 { type, amount? }`) is not shown: the inputs already have that shape. */
function helpText(f: TemplateField): string | undefined {
  return f.help && !f.help.includes('{') ? f.help : undefined;
}

/**
 * The inputs of a template's structured fields, under the form's `fields` namespace. Required
 * fields carry the asterisk but are not enforced: an incomplete record may be saved and completed later.
 */
export function TemplateFields({ fields }: { fields: readonly TemplateField[] }) {
  return (
    <Row gutter={16}>
      {fields.map((f) => (
        <Col key={f.key} xs={24} md={WIDE.includes(f.kind) ? 24 : 12}>
          {f.kind === 'list' ? (
            <Form.Item label={f.label} required={f.required} extra={helpText(f)}>
              <ListInput field={f} />
            </Form.Item>
          ) : (
            <Form.Item name={['fields', f.key]} label={f.label} required={f.required} extra={helpText(f)}>
              {fieldInput(f)}
            </Form.Item>
          )}
        </Col>
      ))}
    </Row>
  );
}
