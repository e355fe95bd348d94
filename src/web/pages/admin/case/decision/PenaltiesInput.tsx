import { Button, Flex, Form, Select } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { PENALTY_TYPES, type PenaltyType } from '../../../../../shared/review-vocabulary.js';
import { MoneyInput } from '../../../../components/MoneyInput.js';
import { isMoneyPenalty, penaltyTypeLabel } from '../../../../components/reviewLabels.js';
import { t } from '../../../../i18n/index.js';

const OPTIONS = PENALTY_TYPES.map((p) => ({ value: p, label: penaltyTypeLabel(p) }));

/** The penalties of a draft: a type each and, for money penalties, the amount in 元 (required). */
export function PenaltiesInput({ disabled }: { disabled?: boolean }) {
  return (
    <Form.List
      name="penalties"
      rules={[
        {
          validator: async (_rule, value: unknown[] | undefined) => {
            if (!value || value.length === 0) throw new Error(t('review.draft.penaltiesRequired'));
          },
        },
      ]}
    >
      {(items, { add, remove }, { errors }) => (
        <Flex vertical gap={8}>
          {items.map((item, index) => (
            <Flex key={item.key} gap={8} align="flex-start" wrap>
              <Form.Item
                name={[item.name, 'type']}
                style={{ marginBottom: 0, minWidth: 220, flex: '1 1 220px' }}
                rules={[
                  {
                    required: true,
                    message: t('common.requiredSelect', { field: t('review.draft.penaltyType') }),
                  },
                ]}
              >
                <Select
                  placeholder={t('review.draft.penaltyType')}
                  aria-label={`${t('review.draft.penaltyType')} ${index + 1}`}
                  options={OPTIONS}
                  disabled={disabled}
                />
              </Form.Item>
              <Form.Item noStyle dependencies={[['penalties', item.name, 'type']]}>
                {({ getFieldValue }) => {
                  const type = getFieldValue(['penalties', item.name, 'type']) as PenaltyType | undefined;
                  if (!isMoneyPenalty(type)) return null;
                  return (
                    <Form.Item
                      name={[item.name, 'amount']}
                      style={{ marginBottom: 0, width: 240 }}
                      rules={[
                        {
                          required: true,
                          type: 'number',
                          message: t('review.draft.amountRequired', { type: penaltyTypeLabel(type ?? '') }),
                        },
                      ]}
                    >
                      <MoneyInput
                        placeholder={t('review.draft.amount')}
                        aria-label={`${t('review.draft.amount')} ${index + 1}`}
                        disabled={disabled}
                      />
                    </Form.Item>
                  );
                }}
              </Form.Item>
              {!disabled && (
                <Button
                  type="text"
                  icon={<MinusCircleOutlined />}
                  onClick={() => remove(item.name)}
                  aria-label={t('review.draft.removePenalty')}
                />
              )}
            </Flex>
          ))}
          {!disabled && (
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({})}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('review.draft.addPenalty')}
            </Button>
          )}
          <Form.ErrorList errors={errors} />
        </Flex>
      )}
    </Form.List>
  );
}
