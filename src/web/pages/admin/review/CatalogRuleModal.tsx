import { Form, Input, Modal, Select } from 'antd';
import {
  CATALOG_RULE_KINDS,
  CIRCUMSTANCES,
  PENALTY_TYPES,
  type CatalogRuleKind,
  type Circumstance,
  type PenaltyType,
} from '../../../../shared/review-vocabulary.js';
import type { CatalogRule } from '../../../api/types.js';
import { MoneyInput } from '../../../components/MoneyInput.js';
import { circumstanceLabel, penaltyTypeLabel } from '../../../components/reviewLabels.js';
import { t } from '../../../i18n/index.js';

interface Values {
  kind: CatalogRuleKind;
  text: string;
  source: string;
  penaltyTypes?: PenaltyType[];
  personThreshold?: number;
  organisationThreshold?: number;
  circumstance?: Circumstance;
}

function toRule(id: string, v: Values): CatalogRule {
  const base = { id, text: v.text.trim(), source: v.source.trim() };
  switch (v.kind) {
    case 'penalty_type':
      return { ...base, kind: 'penalty_type', penaltyTypes: v.penaltyTypes ?? [] };
    case 'amount':
      return {
        ...base,
        kind: 'amount',
        personThreshold: v.personThreshold ?? 0,
        organisationThreshold: v.organisationThreshold ?? 0,
      };
    case 'circumstance':
      return { ...base, kind: 'circumstance', circumstance: v.circumstance ?? 'complex' };
    case 'free':
      return { ...base, kind: 'free' };
  }
}

function toValues(rule: CatalogRule | undefined): Partial<Values> {
  if (!rule) return { kind: 'penalty_type' };
  const base = { kind: rule.kind, text: rule.text, source: rule.source };
  switch (rule.kind) {
    case 'penalty_type':
      return { ...base, penaltyTypes: rule.penaltyTypes };
    case 'amount':
      return {
        ...base,
        personThreshold: rule.personThreshold,
        organisationThreshold: rule.organisationThreshold,
      };
    case 'circumstance':
      return { ...base, circumstance: rule.circumstance };
    case 'free':
      return base;
  }
}

const newId = (kind: CatalogRuleKind) => `${kind}_${Date.now().toString(36)}`;

/** Add or edit one rule of the catalog (kept in the page until the new version is published). */
export function CatalogRuleModal({
  rule,
  onSave,
  onClose,
}: {
  rule?: CatalogRule;
  onSave: (rule: CatalogRule) => void;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? rule?.kind ?? 'penalty_type';
  const required = (field: string) => ({
    required: true,
    whitespace: true,
    message: t('common.required', { field }),
  });
  const money = (field: string) => ({
    required: true,
    type: 'number' as const,
    min: 0,
    message: t('common.required', { field }),
  });

  return (
    <Modal
      open
      title={rule ? t('review.catalog.editTitle') : t('review.catalog.addTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
      width={640}
    >
      <Form<Values>
        name="catalogRule"
        form={form}
        layout="vertical"
        initialValues={toValues(rule)}
        onFinish={(v) => {
          onSave(toRule(rule?.id ?? newId(v.kind), v));
          onClose();
        }}
      >
        <Form.Item name="kind" label={t('review.catalog.kind')} rules={[{ required: true }]}>
          <Select
            options={CATALOG_RULE_KINDS.map((k) => ({ value: k, label: t(`review.catalog.kinds.${k}`) }))}
          />
        </Form.Item>
        {kind === 'penalty_type' && (
          <Form.Item
            name="penaltyTypes"
            label={t('review.catalog.penaltyTypes')}
            rules={[
              {
                required: true,
                type: 'array',
                min: 1,
                message: t('common.requiredSelect', { field: t('review.catalog.penaltyTypes') }),
              },
            ]}
          >
            <Select
              mode="multiple"
              options={PENALTY_TYPES.map((p) => ({ value: p, label: penaltyTypeLabel(p) }))}
            />
          </Form.Item>
        )}
        {kind === 'amount' && (
          <>
            <Form.Item
              name="personThreshold"
              label={t('review.catalog.personThreshold')}
              rules={[money(t('review.catalog.personThreshold'))]}
            >
              <MoneyInput />
            </Form.Item>
            <Form.Item
              name="organisationThreshold"
              label={t('review.catalog.organisationThreshold')}
              rules={[money(t('review.catalog.organisationThreshold'))]}
            >
              <MoneyInput />
            </Form.Item>
          </>
        )}
        {kind === 'circumstance' && (
          <Form.Item
            name="circumstance"
            label={t('review.catalog.circumstance')}
            rules={[
              {
                required: true,
                message: t('common.requiredSelect', { field: t('review.catalog.circumstance') }),
              },
            ]}
          >
            <Select options={CIRCUMSTANCES.map((c) => ({ value: c, label: circumstanceLabel(c) }))} />
          </Form.Item>
        )}
        <Form.Item name="text" label={t('review.catalog.text')} rules={[required(t('review.catalog.text'))]}>
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 4 }}
            maxLength={300}
            placeholder={t('review.catalog.textPlaceholder')}
          />
        </Form.Item>
        <Form.Item
          name="source"
          label={t('review.catalog.source')}
          rules={[required(t('review.catalog.source'))]}
        >
          <Input.TextArea
            autoSize={{ minRows: 1, maxRows: 4 }}
            maxLength={500}
            placeholder={t('review.catalog.sourcePlaceholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
