import { useEffect, useMemo } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Select } from 'antd';
import { useNavigate } from 'react-router';
import {
  GENERATED_SECTIONS,
  PRE_DISCLOSURE_SECTIONS,
  type PreDisclosureSection,
} from '../../../../shared/publicity-vocabulary.js';
import { preDisclosuresApi, type PreDisclosure } from '../../../api/preDisclosure.js';
import { useSession } from '../../../auth/session.js';
import { FormModal } from '../../../components/FormModal.js';
import { useDepartments } from '../../../components/useDepartments.js';
import { t } from '../../../i18n/index.js';
import { usableDepartments } from './departments.js';
import { preDisclosureChanged } from './preDisclosureQueries.js';

type Values = { section: PreDisclosureSection; title: string; departmentId: string };

/** The sections staff write (the generated ones are the system's). */
export const WRITTEN_SECTIONS = PRE_DISCLOSURE_SECTIONS.filter(
  (s) => !(GENERATED_SECTIONS as readonly string[]).includes(s),
);

/** 新建事项: section, title and responsible unit; the content is written on the item's page. */
export function PreDisclosureCreateModal({
  section,
  onClose,
}: {
  section?: PreDisclosureSection | undefined;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const user = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const departments = useDepartments();
  const units = useMemo(() => usableDepartments(user, departments.data ?? []), [user, departments.data]);
  const initialSection = section && WRITTEN_SECTIONS.includes(section) ? section : undefined;
  const initialUnit = units.find((d) => d.id === user.departmentId)?.id ?? units[0]?.id;
  // the units may arrive after the dialog opened: the own department is then chosen for the user
  useEffect(() => {
    if (initialUnit && !form.getFieldValue('departmentId')) form.setFieldValue('departmentId', initialUnit);
  }, [form, initialUnit]);

  return (
    <FormModal<Values, PreDisclosure>
      title={t('preDisclosure.create.title')}
      name="preDisclosureCreate"
      form={form}
      fields={['section', 'title', 'departmentId']}
      hint={t('preDisclosure.create.hint')}
      okText={t('common.create')}
      initialValues={{ section: initialSection, departmentId: initialUnit }}
      submit={(v) =>
        preDisclosuresApi.create({ section: v.section, title: v.title.trim(), departmentId: v.departmentId })
      }
      onDone={async (item) => {
        await preDisclosureChanged(queryClient, item);
        void message.success(t('preDisclosure.create.created'));
        void navigate(`/admin/pre-disclosures/${item.id}`);
      }}
      onClose={onClose}
    >
      <Form.Item
        name="section"
        label={t('preDisclosure.create.section')}
        rules={[
          {
            required: true,
            message: t('common.requiredSelect', { field: t('preDisclosure.create.section') }),
          },
        ]}
      >
        <Select
          options={WRITTEN_SECTIONS.map((s) => ({ value: s, label: t(`preDisclosure.sections.${s}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="title"
        label={t('preDisclosure.create.itemTitle')}
        rules={[
          {
            required: true,
            whitespace: true,
            message: t('common.required', { field: t('preDisclosure.create.itemTitle') }),
          },
        ]}
      >
        <Input maxLength={200} placeholder={t('preDisclosure.create.titlePlaceholder')} />
      </Form.Item>
      <Form.Item
        name="departmentId"
        label={t('preDisclosure.create.department')}
        rules={[
          {
            required: true,
            message: t('common.requiredSelect', { field: t('preDisclosure.create.department') }),
          },
        ]}
        extra={
          departments.isSuccess && units.length === 0 ? t('preDisclosure.create.noDepartment') : undefined
        }
      >
        <Select
          loading={departments.isPending}
          options={units.map((d) => ({ value: d.id, label: d.name }))}
        />
      </Form.Item>
    </FormModal>
  );
}
