import { useMutation } from '@tanstack/react-query';
import { Alert, Button, DatePicker, Form, InputNumber, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { calendarApi } from '../api/admin.js';
import { t } from '../i18n/index.js';
import { errorText } from './formErrors.js';

interface Values {
  from: Dayjs;
  days: number;
}

/** From a date + N working days → the due date (the start day is not counted). */
export function WorkingDayCalculator() {
  const [form] = Form.useForm<Values>();
  const calc = useMutation({
    mutationFn: (v: Values) => calendarApi.addWorkingDays(v.from.format('YYYY-MM-DD'), v.days),
  });

  return (
    <>
      <Form<Values>
        name="workingDays"
        form={form}
        layout="vertical"
        initialValues={{ from: dayjs(), days: 7 }}
        onFinish={(v) => calc.mutate(v)}
      >
        <Form.Item
          name="from"
          label={t('admin.calendar.from')}
          rules={[
            { required: true, message: t('common.requiredSelect', { field: t('admin.calendar.from') }) },
          ]}
        >
          <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} allowClear={false} />
        </Form.Item>
        <Form.Item
          name="days"
          label={t('admin.calendar.days')}
          rules={[{ required: true, message: t('common.required', { field: t('admin.calendar.days') }) }]}
        >
          <InputNumber min={1} max={3650} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={calc.isPending}>
          {t('admin.calendar.calculate')}
        </Button>
      </Form>
      {calc.isError && (
        <Alert type="error" showIcon title={errorText(calc.error)} style={{ marginTop: 16 }} />
      )}
      {calc.data && (
        <Space orientation="vertical" size={8} style={{ marginTop: 16, width: '100%' }} aria-live="polite">
          <Typography.Text strong style={{ fontSize: 16 }}>
            {t('admin.calendar.result', { days: calc.data.days, due: calc.data.due })}
          </Typography.Text>
          <Typography.Text type="secondary">
            {t('admin.calendar.resultNote', { from: calc.data.from })}
          </Typography.Text>
          {calc.data.provisional && (
            <Alert type="warning" showIcon title={t('admin.calendar.resultProvisional')} />
          )}
        </Space>
      )}
    </>
  );
}
